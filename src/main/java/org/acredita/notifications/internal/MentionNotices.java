package org.acredita.notifications.internal;

import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.notifications.internal.NotificationKind;
import org.acredita.selfassessment.StandardCommented;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private static final Logger log = LoggerFactory.getLogger(MentionNotices.class);

    private final Recipients recipients;
    private final Organisations organisations;
    private final Staff staff;
    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final ExecutorService mailer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mention-mail");
        thread.setDaemon(true);
        return thread;
    });
    /** A delivery is waiting to start: later commits need not queue another, it will take their e-mails too. */
    private final AtomicBoolean queued = new AtomicBoolean();

    MentionNotices(Recipients recipients, Organisations organisations, Staff staff,
            NotificationRepository notifications, MailOutbox outbox) {
        this.recipients = recipients;
        this.organisations = organisations;
        this.staff = staff;
        this.notifications = notifications;
        this.outbox = outbox;
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
        boolean mailOn = outbox.enabled();
        Map<String, String> parameters = parameters(comment);
        List<NewNotification> notices = people.stream().map(person -> NewNotification.to(person, comment.agencyId(),
                NotificationKind.MENTIONED, NotificationKind.MENTIONED + ":" + comment.commentId(), parameters,
                comment.link(), mailOn)).toList();
        notifications.insertNew(notices);
        if (notices.stream().anyMatch(notice -> notice.email() != null)) {
            deliverAfterCommit();
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

    @PreDestroy
    void stop() {
        mailer.shutdown();
    }

    private void deliverAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // the next sweep sends it
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (queued.compareAndSet(false, true) && !mailer.isShutdown()) {
                    mailer.execute(() -> {
                        queued.set(false);
                        try {
                            outbox.deliver();
                        } catch (RuntimeException e) {
                            log.warn("Correos de menciones pendientes / mention e-mails left for the next sweep: {}",
                                    e.getMessage());
                        }
                    });
                }
            }
        });
    }
}
