package org.acredita.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.notifications.internal.Notification;
import org.acredita.notifications.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications. Someone else's answers 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Reminders to the caller / Avisos para quien consulta")
class NotificationApi {

    record NotificationJson(UUID id, String kind, UUID agencyId, String agencyName, String message, String link,
            Instant createdAt, Instant readAt) {
    }

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first (at most 200), with the text in the "
            + "request's language; unread=true for the unread only")
    List<NotificationJson> list(@RequestParam(name = "unread", defaultValue = "false") boolean unread,
            Locale locale) {
        return notifications.mine(unread).stream().map(n -> json(n, locale)).toList();
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (404 for anyone else's)")
    NotificationJson read(@PathVariable("id") UUID id, Locale locale) {
        return json(notifications.markRead(id), locale);
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    int readAll() {
        return notifications.markAllRead();
    }

    private NotificationJson json(Notification n, Locale locale) {
        return new NotificationJson(n.id(), n.kind().name(), n.agencyId(), n.agencyName(),
                notifications.message(n, locale), n.link(), n.createdAt(), n.readAt());
    }
}
