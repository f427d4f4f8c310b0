package org.acredita.notifications.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notice to one person. The text is not stored: {@link Notifications#message} renders it from kind and
 * parameters in the reader's language.
 *
 * @param parameters what the message needs: {@code agency}, {@code programme}, {@code due}, {@code days},
 *     {@code title}, depending on the kind
 * @param link the page to open, a path within Acredita
 */
public record Notification(UUID id, UUID agencyId, NotificationKind kind, Map<String, String> parameters,
        String link, Instant createdAt, Instant readAt) {

    public Notification {
        parameters = Map.copyOf(parameters);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String agencyName() {
        return parameters.getOrDefault("agency", "");
    }
}
