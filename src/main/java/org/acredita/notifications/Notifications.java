package org.acredita.notifications;

import org.acredita.notifications.internal.Notification;
import org.acredita.notifications.internal.NotificationKind;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.notifications.internal.NotificationRepository;
import org.acredita.notifications.internal.NotificationText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications: listing, counting the unread and marking them read. Someone
 * else's notification is simply not found (row-level security hides it as well).
 * <p>Marking read is not audited: it changes nothing anyone else relies on, only the reader's own inbox,
 * and recording every click would bury the audit trail's real changes.
 */
@Service
public class Notifications {

    public static final int PAGE_SIZE = 200;

    private final NotificationRepository notifications;
    private final NotificationText text;

    Notifications(NotificationRepository notifications, NotificationText text) {
        this.notifications = notifications;
        this.text = text;
    }

    /** Newest first, at most {@value #PAGE_SIZE}. */
    @Transactional(readOnly = true)
    public List<Notification> mine(boolean unreadOnly) {
        AccessScope scope = CurrentScope.get();
        return scope.isSignedIn() ? notifications.of(scope.userId(), unreadOnly, PAGE_SIZE) : List.of();
    }

    /** The caller's unread mentions in standards' comments, newest first, in this language. */
    @Transactional(readOnly = true)
    public List<Mention> unreadMentions(Locale locale) {
        AccessScope scope = CurrentScope.get();
        if (!scope.isSignedIn()) {
            return List.of();
        }
        return notifications.unreadOfKind(scope.userId(), NotificationKind.MENTIONED, PAGE_SIZE).stream()
                .map(n -> new Mention(message(n, locale), "/notifications/" + n.id() + "/open", n.createdAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        AccessScope scope = CurrentScope.get();
        return scope.isSignedIn() ? notifications.unreadCount(scope.userId()) : 0;
    }

    /** Marks one's own notification read and returns it; already read stays as it was. */
    @Transactional
    public Notification markRead(UUID id) {
        AccessScope scope = CurrentScope.get();
        if (!scope.isSignedIn()) {
            throw new NotFoundException();
        }
        notifications.markRead(scope.userId(), id);
        return notifications.find(scope.userId(), id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public int markAllRead() {
        AccessScope scope = CurrentScope.get();
        return scope.isSignedIn() ? notifications.markAllRead(scope.userId()) : 0;
    }

    /** The notification's text in this language. */
    public String message(Notification notification, Locale locale) {
        return text.message(notification.kind(), notification.parameters(), locale);
    }
}
