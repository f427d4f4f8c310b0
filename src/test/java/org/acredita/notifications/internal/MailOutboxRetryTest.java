package org.acredita.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.acredita.notifications.NotificationFixture;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A failed e-mail stays in the outbox and is tried again, a bounded number of times, never lost. */
@AcreditaIntegrationTest
class MailOutboxRetryTest {

    @Autowired
    NotificationRepository repository;

    @Autowired
    MailComposer composer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /** An SMTP server that refuses the first {@code failures} messages. */
    private static final class FlakyServer extends JavaMailSenderImpl {

        private final AtomicInteger failures;
        final AtomicInteger delivered = new AtomicInteger();

        FlakyServer(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            if (failures.getAndDecrement() > 0) {
                throw new MailSendException("451 servidor ocupado / server busy");
            }
            delivered.addAndGet(messages.length);
        }
    }

    private MailOutbox outbox(FlakyServer server, int attempts) {
        return new MailOutbox(repository, server, composer, transactions,
                new NotificationsProperties(List.of(90, 30, 7), List.of(180, 90, 30), List.of(7),
                        List.of(60, 30, 7), attempts, Duration.ZERO, 10));
    }

    private UUID pendingNotice(NotificationFixture f) {
        UUID user = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        return NotificationFixture.system(() -> transactions.execute(status -> {
            repository.insert(new NewNotification(user, f.agency, org.acredita.notifications.internal.NotificationKind
                    .IMPROVEMENT_OVERDUE, "IMPROVEMENT_OVERDUE:" + UUID.randomUUID() + ":2026-11-01",
                    java.util.Map.of("agency", "Prueba", "title", "Acción", "due", "2026-11-01"),
                    "/agencies/" + f.agency + "/improvement-plan", f.email("gerente"), "es-MX"));
            return jdbc.sql("select id from notification where recipient_id = ?").param(user).query(UUID.class)
                    .single();
        }));
    }

    @Test
    void retriesAFailedEmailUntilTheServerAcceptsIt() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Colima — reintento");
        UUID notice = pendingNotice(f);
        FlakyServer server = new FlakyServer(2);

        outbox(server, 5).deliver();

        assertThat(server.delivered.get()).isGreaterThanOrEqualTo(1);
        assertThat(f.count("select count(*) from notification where id = ? and email_status = 'SENT' "
                + "and email_attempts = 3 and email_error is null", notice)).isOne();
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsTheReason() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Manzanillo — sin correo");
        UUID notice = pendingNotice(f);
        FlakyServer server = new FlakyServer(Integer.MAX_VALUE);

        outbox(server, 3).deliver();
        outbox(server, 3).deliver();

        assertThat(f.count("select count(*) from notification where id = ? and email_status = 'FAILED' "
                + "and email_attempts = 3 and email_error like '451%'", notice)).isOne();
    }
}
