package org.acredita.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the reminders due today and then e-mails them. The events come from every {@link ReminderSource}
 * (programme dates, improvement items, the self-assessment workspace's assignments and waivers). Runs once
 * across the cluster: the creation happens in one transaction that first takes a transaction-scoped
 * advisory lock and skips the run when another node holds it; and every insert ignores an event its
 * recipient already has, so even two overlapping runs never notify twice.
 */
@Component
public class ReminderSweep {

    /** Outcome of one run; {@code created} is -1 when another node was already sweeping. */
    public record Outcome(int created, int mailed) {

        public boolean skipped() {
            return created < 0;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
    // Advisory lock key; the bytes spell "REMINDER".
    private static final long LOCK = 0x5245_4D49_4E44_4552L;
    /** The calendar the reminders count days in; the agencies' zones differ from it by at most two hours. */
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Mexico_City");

    private final List<ReminderSource> sources;
    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderSweep(List<ReminderSource> sources, Recipients recipients, NotificationRepository notifications,
            MailOutbox outbox, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.sources = List.copyOf(sources);
        this.recipients = recipients;
        this.notifications = notifications;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The scheduled run (and the demo's first one), as of today in the programme's calendar. */
    @Scheduled(cron = "${acredita.notifications.cron:0 7 * * * *}", zone = "America/Mexico_City")
    public Outcome runToday() {
        return run(LocalDate.now(clock.withZone(PROGRAMME_ZONE)));
    }

    /** One sweep as of this day: reminders first (committed), then their e-mails. */
    public Outcome run(LocalDate today) {
        Integer created = CurrentScope.runAs(AccessScope.SYSTEM,
                () -> transactions.execute(status -> createReminders(today)));
        int mailed = outbox.deliver();
        if (created != null && created > 0 || mailed > 0) {
            log.info("Avisos creados / notifications created: {}; correos enviados / e-mails sent: {}", created,
                    mailed);
        }
        return new Outcome(created == null ? -1 : created, mailed);
    }

    private int createReminders(LocalDate today) {
        if (!notifications.tryLock(LOCK)) {
            return -1;
        }
        List<ReminderEvent> events = new ArrayList<>();
        sources.forEach(source -> events.addAll(source.eventsOn(today)));
        Set<UUID> agencies = new LinkedHashSet<>();
        Map<UUID, Set<UUID>> people = new LinkedHashMap<>();
        for (ReminderEvent event : events) {
            if (event.personId() == null) {
                agencies.add(event.agencyId());
            } else {
                people.computeIfAbsent(event.agencyId(), agency -> new LinkedHashSet<>()).add(event.personId());
            }
        }
        Map<UUID, List<Recipient>> agencyPeople = recipients.forAgencies(agencies);
        // A person is told of their own work only while they may still read the agency (and are enabled).
        Map<List<UUID>, Recipient> persons = new HashMap<>();
        recipients.readers(people).forEach(person -> persons.put(List.of(person.agencyId(), person.userId()), person));
        List<NewNotification> notices = new ArrayList<>();
        boolean mailOn = outbox.enabled();
        for (ReminderEvent event : events) {
            if (event.personId() == null) {
                agencyPeople.getOrDefault(event.agencyId(), List.of())
                        .forEach(person -> notices.add(event.to(person, mailOn)));
            } else {
                Recipient person = persons.get(List.of(event.agencyId(), event.personId()));
                if (person != null) {
                    notices.add(event.to(person, mailOn));
                }
            }
        }
        int created = notices.isEmpty() ? 0 : notifications.insertAll(notices);
        if (created > 0) {
            audit.record("REMINDERS_CREATED", "notifications", today.toString(), null,
                    created + " · " + events.size() + " · " + today);
        }
        return created;
    }
}
