package org.acredita.notifications.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.AnnualReportStep;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells, at once and in the step's own transaction, the accreditation body's programme managers that an agency's
 * chief executive signed an annual status report, and the agency's accreditation managers that the body accepted or
 * returned it. The person who took the step is not told of it.
 */
@Component
class AnnualReportNotices {

    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    AnnualReportNotices(Recipients recipients, NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void stepped(AnnualReportStep step) {
        NotificationKind kind = switch (step.status()) {
            case SIGNED -> NotificationKind.ANNUAL_REPORT_SIGNED;
            case ACCEPTED -> NotificationKind.ANNUAL_REPORT_ACCEPTED;
            case RETURNED -> NotificationKind.ANNUAL_REPORT_RETURNED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<UUID, Recipient> people = new LinkedHashMap<>();
        List<Recipient> told = step.status() == AnnualReportStatus.SIGNED
                ? recipients.programmeManagers(step.agencyId())
                : recipients.accreditationManagers(step.agencyId());
        told.forEach(person -> people.putIfAbsent(person.userId(), person));
        people.remove(step.actorId());
        if (people.isEmpty()) {
            return;
        }
        boolean mailOn = mail.enabled();
        Map<String, String> parameters = Map.of("agency", step.agencyName(), "title", String.valueOf(step.year()),
                "excerpt", step.reason() == null ? "" : step.reason());
        List<NewNotification> notices = new ArrayList<>();
        for (Recipient person : people.values()) {
            notices.add(NewNotification.to(person, step.agencyId(), kind, kind + ":" + step.agencyId() + ":"
                    + step.year() + ":" + UUID.randomUUID(), parameters,
                    "/agencies/" + step.agencyId() + "/annual-reports", mailOn));
        }
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }
}
