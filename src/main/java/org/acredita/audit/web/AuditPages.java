package org.acredita.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.acredita.audit.internal.AuditExports;
import org.acredita.audit.internal.AuditNames;
import org.acredita.audit.internal.AuditLog;
import org.acredita.audit.internal.AuditQuery;
import org.acredita.audit.internal.AuditVerification;
import org.acredita.audit.internal.AuditPage;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log for people: administrators see everything, agency managers their agency's part. */
@Controller
class AuditPages {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private final AuditLog log;
    private final AuditVerification verification;
    private final AuditNames names;
    private final AuditExports exports;
    private final MessageSource messages;

    AuditPages(AuditLog log, AuditVerification verification, AuditNames names, AuditExports exports,
            MessageSource messages) {
        this.log = log;
        this.verification = verification;
        this.names = names;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String log(@RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        if (from != null && to != null && to.isBefore(from)) {
            throw RuleViolation.onField("to", "audit.filter.periodInvalid");
        }
        AuditQuery query = new AuditQuery(action, actor, agencyId, from == null ? null : from.atStartOfDay(MEXICO).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(MEXICO).toInstant(), Math.max(0, page),
                AuditQuery.DEFAULT_SIZE);
        AuditLog.PageWithActions read = log.searchWithActions(query);
        AuditPage result = read.page();
        AuditNames.Named named = names.of(result.items());
        model.addAttribute("result", result);
        model.addAttribute("names", named.actors());
        model.addAttribute("people", named.people());
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actions", read.actions());
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("canVerify", CurrentScope.get().isAdmin());
        var filters = org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParam("action", action == null ? "" : action).queryParam("actor", actor == null ? "" : actor)
                .queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to);
        if (agencyId != null) {
            filters.queryParam("agencyId", agencyId);
        }
        model.addAttribute("filters", filters.encode().build().getQuery());
        model.addAttribute("agencyId", agencyId == null ? "" : agencyId.toString());
        return "audit/log";
    }

    /** The events the page shows with these filters (every page of them), as CSV or XLSX. */
    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "zone", defaultValue = "America/Mexico_City") String zone) {
        return AuditDownload.of(exports, messages, format, action, actor, agencyId, from, to, zone);
    }

    @PostMapping("/audit/verification")
    String verify(Model model) {
        CurrentScope.get().requireRole(Role.ADMIN);
        model.addAttribute("report", verification.verify());
        return "audit/verification";
    }
}
