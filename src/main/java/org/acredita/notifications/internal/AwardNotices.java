package org.acredita.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.commission.AwardStandingChanged;
import org.acredita.commission.ConditionLifted;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agency's chief executive, accreditation managers and advisors at once that the Commission lifted a
 * condition, or suspended, revoked or reinstated the award, or that it lapsed: listened to synchronously, so the
 * notices are written in the change's own transaction (both commit or neither), like decisions on standards. The
 * person who recorded it is not told of their own act. E-mails leave right after the commit through the outbox.
 */
@Component
class AwardNotices {

    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    AwardNotices(Recipients recipients, NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void lifted(ConditionLifted lifted) {
        tell(lifted.agencyId(), lifted.liftedBy(), NotificationKind.CONDITION_LIFTED,
                NotificationKind.CONDITION_LIFTED + ":" + lifted.conditionId(),
                Map.of("agency", lifted.agencyName(), "title", ConditionReminders.excerpt(lifted.text()),
                        "due", lifted.liftedOn().toString()));
    }

    @EventListener
    void standingChanged(AwardStandingChanged changed) {
        NotificationKind kind = NotificationKind.valueOf("AWARD_" + changed.change().name());
        tell(changed.agencyId(), changed.recordedBy(), kind, kind + ":" + changed.awardId() + ":" + changed.decidedOn(),
                Map.of("agency", changed.agencyName(), "number", String.valueOf(changed.certificateNumber()), "due",
                        changed.decidedOn().toString()));
    }

    private void tell(UUID agencyId, UUID actor, NotificationKind kind, String key, Map<String, String> parameters) {
        List<Recipient> people = recipients.of(agencyId).stream().filter(p -> !p.userId().equals(actor)).toList();
        if (people.isEmpty()) {
            return;
        }
        boolean mailOn = mail.enabled();
        List<NewNotification> notices = new ArrayList<>();
        for (Recipient person : people) {
            notices.add(NewNotification.to(person, agencyId, kind, key, parameters,
                    "/agencies/" + agencyId + "/commission", mailOn));
        }
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }
}
