package org.acredita.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.acredita.compliance.ComplianceBlocker;
import org.acredita.compliance.internal.ComplianceReadiness;
import org.acredita.compliance.internal.FileReadiness;
import org.acredita.selfassessment.StandardStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether an accreditation file would pass today. Another agency's file answers 404. */
@RestController
@Tag(name = "Self-assessment", description = "Accreditation files and their standards / Expedientes de acreditación")
class ComplianceApi {

    record Count(int met, int applicable) {
    }

    record OtherCount(int met, int applicable, int threshold, int needed) {
    }

    record ChapterJson(int chapter, int total, int met, int applicable, Map<StandardStatus, Integer> byStatus) {
    }

    record OverdueJson(String number, String status, LocalDate dueDate, UUID assignee, String assigneeName) {
    }

    record TrendJson(LocalDate on, int met, int applicable) {
    }

    record ReadinessJson(Count mandatory, OtherCount otherThanMandatory, boolean wouldPass,
            List<Map<String, Object>> blockers, UUID fileId, UUID agencyId, LocalDate asOf, String thresholdSource,
            UUID programmeId, String programme, Count overall, Map<StandardStatus, Integer> byStatus,
            List<ChapterJson> chapters, List<OverdueJson> overdue, List<TrendJson> trend) {
    }

    private final ComplianceReadiness readiness;
    private final MessageSource messages;

    ComplianceApi(ComplianceReadiness readiness, MessageSource messages) {
        this.readiness = readiness;
        this.messages = messages;
    }

    @GetMapping("/api/v1/accreditation-files/{id}/readiness")
    @Operation(summary = "Would the file pass today: mandatory standards met of applicable (all must be), "
            + "other-than-mandatory met of applicable against the programme's threshold percent (thresholdSource "
            + "PROGRAMME, or DEFAULT 80 when the agency is in no funded programme), wouldPass, and every blocker "
            + "(kind MANDATORY_NOT_MET, OTHER_BELOW_THRESHOLD with needed, WAIVER_EXPIRED, REQUEST_PENDING, or "
            + "another module's kind) with a message in the caller's language; also counts by status and chapter, "
            + "overdue assignments and the weekly or monthly trend of standards met",
            responses = {@ApiResponse(responseCode = "200", description = "The file's figures today"),
                @ApiResponse(responseCode = "404", description = "No such file, or another agency's")})
    ReadinessJson readiness(@PathVariable("id") UUID fileId) {
        FileReadiness r = readiness.of(fileId);
        Locale locale = LocaleContextHolder.getLocale();
        var file = r.contents().file();
        return new ReadinessJson(new Count(r.mandatory().met(), r.mandatory().applicable()),
                new OtherCount(r.otherThanMandatory().met(), r.otherThanMandatory().applicable(),
                        r.threshold().percent(), r.otherNeeded()),
                r.wouldPass(), r.blockers().stream().map(b -> blocker(b, locale)).toList(), file.id(),
                file.agencyId(), r.contents().today(), r.threshold().source().name(), r.threshold().programmeId(),
                r.threshold().programmeName(), new Count(r.overall().met(), r.overall().applicable()), r.byStatus(),
                r.chapters().stream().map(c -> new ChapterJson(c.chapter(), c.total(), c.met().met(),
                        c.met().applicable(), c.byStatus())).toList(),
                r.overdue().stream().map(s -> new OverdueJson(s.number(), s.status().name(), s.dueDate(),
                        s.assigneeId(), r.contents().nameOf(s.assigneeId()))).toList(),
                readiness.trend(r).stream().map(p -> new TrendJson(p.on(), p.met(), p.applicable())).toList());
    }

    private Map<String, Object> blocker(ComplianceBlocker blocker, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", blocker.kind());
        json.put("number", blocker.number());
        json.put("level", blocker.level() == null ? null : blocker.level().name());
        json.put("message", messages.getMessage(blocker, locale));
        blocker.details().forEach(json::putIfAbsent);
        return json;
    }
}
