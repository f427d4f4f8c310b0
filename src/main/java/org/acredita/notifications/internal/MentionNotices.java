package org.acredita.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.StandardCommented;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people mentioned in a standard's comment, at once: listened to synchronously, so the notices are
 * written in the comment's own transaction (both commit or neither). Only enabled people who may read the
 * agency are told ({@code identity.Recipients#readersNamed}); any other name is ignored exactly like an
 * unknown one, and the author is never told of their own comment. The e-mails go out right after the commit,
 * off the request's thread, through the same outbox as the reminders (and its retries).
 * <p>The notice is written with the commenter's own connection: row-level security lets a person add
 * {@code MENTIONED} notices only for an agency they may change (V26), and nothing else.
 */
@Component
class MentionNotices {

    private final Recipients recipients;
    private final Organisations organisations;
    private final Staff staff;
    private final NotificationRepository notifications;
    private final MailAfterCommit mail;

    MentionNotices(Recipients recipients, Organisations organisations, Staff staff,
            NotificationRepository notifications, MailAfterCommit mail) {
        this.recipients = recipients;
        this.organisations = organisations;
        this.staff = staff;
        this.notifications = notifications;
        this.mail = mail;
    }

    @EventListener
    void commented(StandardCommented comment) {
        if (comment.mentioned().isEmpty()) {
            return;
        }
        List<Recipient> people = recipients.readersNamed(comment.agencyId(), comment.mentioned()).stream()
                .filter(person -> !person.userId().equals(comment.authorId())).toList();
        if (people.isEmpty()) {
            return;
        }
        boolean mailOn = mail.enabled();
        Map<String, String> parameters = parameters(comment);
        List<NewNotification> notices = people.stream().map(person -> NewNotification.to(person, comment.agencyId(),
                NotificationKind.MENTIONED, NotificationKind.MENTIONED + ":" + comment.commentId(), parameters,
                comment.link(), mailOn)).toList();
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            mail.deliverAfterCommit();
        }
    }

    private Map<String, String> parameters(StandardCommented comment) {
        StaffMember author = comment.authorId() == null ? null
                : staff.named(List.of(comment.authorId())).get(comment.authorId());
        Map<String, String> parameters = new HashMap<>();
        parameters.put("agency", organisations.get(comment.agencyId()).name());
        parameters.put("number", comment.number());
        parameters.put("author", author == null ? Objects.toString(comment.authorName(), "") : author.displayName());
        parameters.put("excerpt", comment.excerpt());
        if (comment.title() != null && comment.title().es() != null) {
            parameters.put("standard_es", comment.title().es());
        }
        if (comment.title() != null && comment.title().en() != null) {
            parameters.put("standard_en", comment.title().en());
        }
        return parameters;
    }
}
