package org.acredita.selfassessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.acredita.selfassessment.FileMigration;
import org.acredita.selfassessment.internal.MigrationPlan;
import org.acredita.selfassessment.internal.PlannedStandard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moving an accreditation file to a later edition of its manual through the edition's crosswalk. */
@RestController
@RequestMapping("/api/v1/accreditation-files/{fileId}/migration")
@Tag(name = "Accreditation files", description = "Expedientes de acreditación / Accreditation files")
class MigrationApi {

    private final FileMigration migration;

    MigrationApi(FileMigration migration) {
        this.migration = migration;
    }

    record StandardJson(String number, List<String> from, String relationship, String statusBefore,
            String statusAfter, String review, boolean needsReview) {

        static StandardJson of(PlannedStandard standard) {
            return new StandardJson(standard.number(), standard.from(),
                    standard.relationship() == null ? null : standard.relationship().name(),
                    standard.before() == null ? null : standard.before().name(), standard.after().name(),
                    standard.review().name(), standard.review().needed());
        }
    }

    record PlanJson(UUID fileId, UUID fromManualId, UUID toManualId, String tier, long carried, int toReview,
            List<String> retired, List<StandardJson> standards) {

        static PlanJson of(MigrationPlan plan) {
            return new PlanJson(plan.file().id(), plan.from().id(), plan.to().id(), plan.tier(), plan.carried(),
                    plan.toReview().size(), plan.retired(), plan.standards().stream().map(StandardJson::of).toList());
        }
    }

    record MigrationRequest(UUID manualId) {
    }

    @GetMapping
    @Operation(summary = "What moving the file to a later published edition would do (accreditation body): each "
            + "standard of the new edition with the earlier ones it comes from, status before and after, and what "
            + "needs fresh review; earlier standards kept for the record only")
    PlanJson plan(@PathVariable("fileId") UUID fileId, @RequestParam(name = "to", required = false) UUID to) {
        return PlanJson.of(migration.plan(fileId, to));
    }

    @PostMapping
    @Operation(summary = "Move the file to a later published edition (accreditation body): statuses, assignees, "
            + "history, comments, proofs and directive links carry through the crosswalk; answers the plan applied")
    PlanJson migrate(@PathVariable("fileId") UUID fileId, @RequestBody MigrationRequest request) {
        return PlanJson.of(migration.migrate(fileId, request.manualId()));
    }
}
