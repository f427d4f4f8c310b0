package org.acredita.notifications.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox's e-mails right after the current transaction commits, off the request's thread, for notices
 * written by an event (a mention, a decision) rather than by the sweep. A missed delivery waits for the next sweep.
 */
@Component
class MailAfterCommit {

    private static final Logger log = LoggerFactory.getLogger(MailAfterCommit.class);

    private final MailOutbox outbox;
    private final ExecutorService mailer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-mail");
        thread.setDaemon(true);
        return thread;
    });
    /** A delivery is waiting to start: later commits need not queue another, it will take their e-mails too. */
    private final AtomicBoolean queued = new AtomicBoolean();

    MailAfterCommit(MailOutbox outbox) {
        this.outbox = outbox;
    }

    boolean enabled() {
        return outbox.enabled();
    }

    void deliverAfterCommit() {
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
                            log.warn("Correos pendientes para el siguiente barrido / e-mails left for the next sweep: {}",
                                    e.getMessage());
                        }
                    });
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        mailer.shutdown();
    }
}
