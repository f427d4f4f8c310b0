package org.acredita.notifications.internal;

import java.util.Map;
import org.acredita.identity.Recipients;
import org.acredita.identity.SignInPatternSeen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the administrators at once that an account saw failed sign-ins from many addresses: listened to
 * synchronously, in the transaction that recorded the failure (published once per episode; the dedup key holds
 * even if two nodes saw it).
 */
@Component
class SignInAlerts {

    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    SignInAlerts(Recipients recipients, NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void patternSeen(SignInPatternSeen seen) {
        boolean mailOn = mail.enabled();
        String key = NotificationKind.SIGN_IN_PATTERN + ":" + seen.username() + ":" + seen.seenAt().getEpochSecond();
        var notices = recipients.administrators().stream().map(admin -> NewNotification.to(admin, null,
                NotificationKind.SIGN_IN_PATTERN, key, Map.of("title", seen.username(),
                        "days", String.valueOf(seen.sources())), "/audit", mailOn)).toList();
        if (notices.isEmpty()) {
            return;
        }
        notifications.insertAll(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }
}
