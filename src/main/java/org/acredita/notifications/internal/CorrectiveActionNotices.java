package org.acredita.notifications.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Finding;
import org.acredita.identity.Organisations;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells, at once and in the step's own transaction (like decisions on a standard), the assessment's team that the
 * agency sent a corrective action for verification, and the agency's accreditation managers that it was verified
 * or returned. The person who took the step is not told of it.
 */
@Component
class CorrectiveActionNotices {

    private final Recipients recipients;
    private final Organisations organisations;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    CorrectiveActionNotices(Recipients recipients, Organisations organisations,
            NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.organisations = organisations;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void stepped(Finding.ActionStep step) {
        NotificationKind kind = switch (step.state()) {
            case UNDER_REVIEW -> NotificationKind.CORRECTIVE_ACTION_SUBMITTED;
            case VERIFIED -> NotificationKind.CORRECTIVE_ACTION_VERIFIED;
            case RETURNED -> NotificationKind.CORRECTIVE_ACTION_RETURNED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<UUID, Recipient> people = new LinkedHashMap<>();
        List<Recipient> told = kind == NotificationKind.CORRECTIVE_ACTION_SUBMITTED
                ? recipients.readers(Map.of(step.agencyId(), step.teamIds()))
                : recipients.accreditationManagers(step.agencyId());
        told.forEach(person -> people.putIfAbsent(person.userId(), person));
        people.remove(step.actorId());
        if (people.isEmpty()) {
            return;
        }
        boolean mailOn = mail.enabled();
        Map<String, String> parameters = Map.of("agency", organisations.get(step.agencyId()).name(), "number",
                step.standardNumber(), "excerpt", step.reason() == null ? "" : step.reason());
        List<NewNotification> notices = new ArrayList<>();
        for (Recipient person : people.values()) {
            notices.add(NewNotification.to(person, step.agencyId(), kind, kind + ":" + step.actionId(), parameters,
                    "/assessments/" + step.assessmentId() + "/findings/" + step.findingId(), mailOn));
        }
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }
}
