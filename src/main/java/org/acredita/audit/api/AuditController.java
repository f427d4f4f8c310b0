package org.acredita.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.acredita.audit.internal.AuditExports;
import org.acredita.audit.internal.AuditLog;
import org.acredita.audit.web.AuditDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.acredita.audit.internal.AuditPage;
import org.acredita.audit.internal.AuditQuery;
import org.acredita.audit.internal.AuditVerification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP. Access is decided by the services; refusals become problem details elsewhere. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Who changed what, on a tamper-evident hash chain")
class AuditController {

    static final String DEFAULT_ZONE = "America/Mexico_City";

    private final AuditVerification verification;
    private final AuditLog log;
    private final AuditExports exports;
    private final MessageSource messages;

    AuditController(AuditVerification verification, AuditLog log, AuditExports exports, MessageSource messages) {
        this.verification = verification;
        this.log = log;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/export")
    @Operation(summary = "Export the audit log as CSV or XLSX",
            description = "Every event matching the filters, oldest first, in the caller's language (people's "
                    + "names, actions and objects in words, as the audit page shows them); the first line says whether "
                    + "the stretch of the chain from the first to the last exported entry verifies intact or where it "
                    + "breaks. The same readers as the log: administrators every event, an agency's CEO and "
                    + "accreditation manager their own agency's (another agency is 404). Streamed.")
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = {
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @ApiResponse(responseCode = "400", description = "Unknown format, period ending before it starts, unknown zone",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "The caller does not read the audit log",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Another agency's events",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "csv or xlsx") @RequestParam(required = false) String format,
            @Parameter(description = "Only this agency's events") @RequestParam(required = false) UUID agencyId,
            @Parameter(description = "Part of the acting person's user name") @RequestParam(required = false)
            String person,
            @Parameter(description = "Exact action code, e.g. USER_CREATED") @RequestParam(required = false)
            String action,
            @Parameter(description = "First day, inclusive (ISO date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, inclusive (ISO date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Time zone of the days and of the times written") @RequestParam(defaultValue =
                    DEFAULT_ZONE) String zone) {
        return AuditDownload.of(exports, messages, format, action, person, agencyId, from, to, zone);
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the audit chain",
            description = "Recomputes every event's hash and checks the links between events and the chain's "
                    + "anchor. Administrators only. Reasons: HASH_MISMATCH (event altered or forged), "
                    + "CHAIN_BREAK (an event before it was removed or inserted), ANCHOR_MISMATCH (events "
                    + "removed from or added at the end).")
    VerificationResponse verification() {
        CurrentScope.get().requireRole(Role.ADMIN);
        return VerificationResponse.of(verification.verify());
    }

    @GetMapping("/events")
    @Operation(summary = "Read the audit log",
            description = "Newest first. Administrators read every event; an agency's CEO and accreditation "
                    + "manager read their own agency's events.")
    AuditPage events(
            @Parameter(description = "Exact action code, e.g. USER_CREATED")
            @RequestParam(required = false) String action,
            @Parameter(description = "Part of the actor's name") @RequestParam(required = false) String actor,
            @Parameter(description = "Only this agency's events") @RequestParam(required = false) UUID agencyId,
            @Parameter(description = "First day, inclusive (ISO date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, inclusive (ISO date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Time zone of the days") @RequestParam(defaultValue = DEFAULT_ZONE) String zone,
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Events per page, at most 100") @RequestParam(defaultValue = "20") int size) {
        ZoneId days = zone(zone);
        return log.search(new AuditQuery(action, actor, agencyId, startOf(from, days),
                to == null ? null : startOf(to.plusDays(1), days), page, size));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone: " + id, e);
        }
    }
}
