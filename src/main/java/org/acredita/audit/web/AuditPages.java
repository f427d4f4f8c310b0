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
import org.acredita.audit.ActorNames;
import org.acredita.audit.internal.AuditEntry;
import org.acredita.audit.internal.AuditLog;
import org.acredita.audit.internal.AuditQuery;
import org.acredita.audit.internal.AuditVerification;
import org.acredita.audit.internal.AuditPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for people: administrators see everything, agency managers their agency's part. */
@Controller
class AuditPages {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private final AuditLog log;
    private final AuditVerification verification;
    private final ObjectProvider<ActorNames> actorNames;

    AuditPages(AuditLog log, AuditVerification verification, ObjectProvider<ActorNames> actorNames) {
        this.log = log;
        this.verification = verification;
        this.actorNames = actorNames;
    }

    @GetMapping("/audit")
    String log(@RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        if (from != null && to != null && to.isBefore(from)) {
            throw RuleViolation.onField("to", "audit.filter.periodInvalid");
        }
        AuditQuery query = new AuditQuery(action, actor, null, from == null ? null : from.atStartOfDay(MEXICO).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(MEXICO).toInstant(), Math.max(0, page),
                AuditQuery.DEFAULT_SIZE);
        AuditPage result = log.search(query);
        model.addAttribute("result", result);
        model.addAttribute("names", names(result));
        model.addAttribute("people", peopleNamedInSummaries(result));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actions", log.actions());
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("canVerify", CurrentScope.get().isAdmin());
        model.addAttribute("filters", org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParam("action", action == null ? "" : action).queryParam("actor", actor == null ? "" : actor)
                .queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to)
                .encode().build().getQuery());
        return "audit/log";
    }

    /**
     * People's names for the page's actors, by event id: by the recorded person, else by the user name an event
     * before sign-in was recorded with; an actor without a name (a mistyped sign-in) keeps what was recorded.
     */
    private Map<Long, String> names(AuditPage result) {
        ActorNames names = actorNames.getIfAvailable();
        if (names == null) {
            return Map.of();
        }
        Map<UUID, String> byId = names.of(result.items().stream().map(AuditEntry::actorId).filter(Objects::nonNull)
                .distinct().toList());
        Map<String, String> byUsername = names.ofUsernames(result.items().stream()
                .filter(entry -> entry.actorId() == null && entry.actorName() != null)
                .map(AuditEntry::actorName).distinct().toList());
        Map<Long, String> byEvent = new java.util.HashMap<>();
        for (AuditEntry entry : result.items()) {
            String name = entry.actorId() != null ? byId.get(entry.actorId()) : byUsername.get(entry.actorName());
            if (name != null) {
                byEvent.put(entry.id(), name);
            }
        }
        return byEvent;
    }

    /**
     * For events whose summary is only the user name of the person they are about (a password changed, an
     * invitation accepted): that person's name with the user name, by event id.
     */
    private Map<Long, String> peopleNamedInSummaries(AuditPage result) {
        ActorNames names = actorNames.getIfAvailable();
        List<AuditEntry> aboutOnePerson = result.items().stream()
                .filter(entry -> entry.summary() != null && USERNAME.matcher(entry.summary()).matches()).toList();
        if (names == null || aboutOnePerson.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byUsername = names.ofUsernames(aboutOnePerson.stream().map(AuditEntry::summary)
                .distinct().toList());
        Map<Long, String> byEvent = new java.util.HashMap<>();
        for (AuditEntry entry : aboutOnePerson) {
            String name = byUsername.get(entry.summary());
            if (name != null) {
                byEvent.put(entry.id(), name + " (" + entry.summary() + ")");
            }
        }
        return byEvent;
    }

    @PostMapping("/audit/verification")
    String verify(Model model) {
        CurrentScope.get().requireRole(Role.ADMIN);
        model.addAttribute("report", verification.verify());
        return "audit/verification";
    }
}
