package org.acredita.notifications.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.acredita.identity.Organisations;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.ExceptionRequest;
import org.acredita.selfassessment.StandardDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the standard's assignee and the agency's accreditation managers, at once, that a standard was returned,
 * found in compliance, or that a waiver or not-applicable request was decided: listened to synchronously, so the
 * notices are written in the decision's own transaction (both commit or neither), like mentions. The person who
 * decided is not told of their own decision. E-mails leave right after the commit through the outbox.
 * <p>Written with the decider's own connection: row-level security lets a person add these kinds of notice only
 * for an agency they may change (V35), which deciding requires.
 */
@Component
class DecisionNotices {

    private final Recipients recipients;
    private final Organisations organisations;
    private final Staff staff;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    DecisionNotices(Recipients recipients, Organisations organisations, Staff staff,
            NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.organisations = organisations;
        this.staff = staff;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void decided(StandardDecided decision) {
        Map<UUID, Recipient> people = new LinkedHashMap<>();
        if (decision.assigneeId() != null) {
            recipients.readers(Map.of(decision.agencyId(), List.of(decision.assigneeId())))
                    .forEach(person -> people.put(person.userId(), person));
        }
        recipients.accreditationManagers(decision.agencyId()).forEach(person -> people.putIfAbsent(person.userId(), person));
        people.remove(decision.deciderId());
        if (people.isEmpty()) {
            return;
        }
        NotificationKind kind = kind(decision);
        boolean mailOn = mail.enabled();
        Map<String, String> parameters = parameters(decision);
        List<NewNotification> notices = new ArrayList<>();
        for (Recipient person : people.values()) {
            notices.add(NewNotification.to(person, decision.agencyId(), kind, kind + ":" + decision.decisionId(),
                    parameters, decision.link(), mailOn));
        }
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }

    static NotificationKind kind(StandardDecided decision) {
        boolean waiver = decision.request() == ExceptionRequest.WAIVER;
        return switch (decision.decision()) {
            case RETURN -> NotificationKind.STANDARD_RETURNED;
            case APPROVE -> NotificationKind.STANDARD_IN_COMPLIANCE;
            case ACCEPT_REQUEST -> waiver ? NotificationKind.WAIVER_ACCEPTED : NotificationKind.NOT_APPLICABLE_ACCEPTED;
            case REJECT_REQUEST -> waiver ? NotificationKind.WAIVER_REJECTED : NotificationKind.NOT_APPLICABLE_REJECTED;
            default -> throw new IllegalArgumentException("Not a decision: " + decision.decision());
        };
    }

    private Map<String, String> parameters(StandardDecided decision) {
        StaffMember decider = decision.deciderId() == null ? null
                : staff.named(List.of(decision.deciderId())).get(decision.deciderId());
        Map<String, String> parameters = new HashMap<>();
        parameters.put("agency", organisations.get(decision.agencyId()).name());
        parameters.put("number", decision.number());
        parameters.put("author", decider == null ? Objects.toString(decision.deciderName(), "") : decider.displayName());
        parameters.put("excerpt", excerpt(decision.note()));
        if (decision.title() != null && decision.title().es() != null) {
            parameters.put("standard_es", decision.title().es());
        }
        if (decision.title() != null && decision.title().en() != null) {
            parameters.put("standard_en", decision.title().en());
        }
        return parameters;
    }

    private static String excerpt(String note) {
        if (note == null) {
            return "";
        }
        return note.length() > 200 ? note.substring(0, 199) + "…" : note;
    }
}
