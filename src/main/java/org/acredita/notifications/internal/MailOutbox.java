package org.acredita.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of committed notifications. Each is sent inside a short transaction that holds its
 * row locked ({@code for update skip locked}), so two nodes never send the same one; the outcome is
 * recorded in the same transaction. A failure is retried later, a bounded number of times. Should the
 * database fail right after the SMTP server accepted a message, that one message may be sent again: the
 * outbox prefers a rare duplicate to a lost reminder.
 * <p>E-mail is on when Spring Boot has a mail sender, i.e. {@code spring.mail.host} is set.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final NotificationRepository notifications;
    private final JavaMailSender sender;
    private final MailComposer composer;
    private final TransactionTemplate transactions;
    private final NotificationsProperties properties;

    @Autowired
    MailOutbox(NotificationRepository notifications, ObjectProvider<JavaMailSender> sender, MailComposer composer,
            TransactionTemplate transactions, NotificationsProperties properties) {
        this(notifications, sender.getIfAvailable(), composer, transactions, properties);
    }

    MailOutbox(NotificationRepository notifications, JavaMailSender sender, MailComposer composer,
            TransactionTemplate transactions, NotificationsProperties properties) {
        this.notifications = notifications;
        this.sender = sender;
        this.composer = composer;
        this.transactions = transactions;
        this.properties = properties;
    }

    public boolean enabled() {
        return sender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (enabled()) {
            log.info("Avisos por correo activos / E-mail notifications on");
        } else {
            log.info("Sin servidor de correo (spring.mail.host): solo avisos en la aplicación / "
                    + "No mail server (spring.mail.host): in-app notifications only");
        }
    }

    /** Sends what is due, up to the batch size; returns how many were sent. */
    public int deliver() {
        if (!enabled()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < properties.mailBatch(); i++) {
            Optional<Boolean> outcome = CurrentScope.runAs(AccessScope.SYSTEM,
                    () -> Optional.ofNullable(transactions.execute(status -> deliverOne())));
            if (outcome.isEmpty()) {
                break;
            }
            sent += outcome.get() ? 1 : 0;
        }
        return sent;
    }

    /** True when sent, false when it failed, null when nothing is due. */
    private Boolean deliverOne() {
        PendingMail mail = notifications.nextPendingMail().orElse(null);
        if (mail == null) {
            return null;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            composer.fill(message, mail);
            sender.send(message);
            notifications.mailSent(mail.id());
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = mail.attempts() + 1;
            boolean giveUp = attempts >= properties.mailAttempts();
            log.warn("Correo de aviso {} no enviado (intento {}) / notification e-mail not sent (attempt {}): {}",
                    mail.id(), attempts, attempts, e.getMessage());
            notifications.mailFailed(mail.id(), giveUp, String.valueOf(e.getMessage()),
                    properties.mailRetryDelay().multipliedBy(attempts));
            return false;
        }
    }
}
