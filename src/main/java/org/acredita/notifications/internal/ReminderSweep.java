package org.acredita.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.Deadline;
import org.acredita.agencies.Deadlines;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.acredita.improvement.OverdueItem;
import org.acredita.improvement.OverdueItems;
import org.acredita.notifications.NotificationKind;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the reminders due today and then e-mails them. Runs once across the cluster: the creation
 * happens in one transaction that first takes a transaction-scoped advisory lock and skips the run when
 * another node holds it; and every insert ignores an event its recipient already has, so even two
 * overlapping runs never notify twice.
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

    private final Deadlines deadlines;
    private final OverdueItems overdueItems;
    private final Recipients recipients;
    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ReminderRules rules;
    private final Clock clock;

    ReminderSweep(Deadlines deadlines, OverdueItems overdueItems, Recipients recipients,
            NotificationRepository notifications, MailOutbox outbox, AuditTrail audit, TransactionTemplate transactions,
            NotificationsProperties properties, Clock clock) {
        this.deadlines = deadlines;
        this.overdueItems = overdueItems;
        this.recipients = recipients;
        this.notifications = notifications;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.rules = new ReminderRules(properties.selfAssessmentDays(), properties.awardExpiryDays());
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
        List<Event> events = new ArrayList<>();
        List<Deadline> dates = new ArrayList<>(deadlines.overdue(today));
        dates.addAll(deadlines.dueBetween(today, today.plusDays(rules.horizonDays())));
        for (Deadline deadline : dates) {
            rules.forDeadline(deadline.kind(), deadline.due(), today)
                    .ifPresent(reminder -> events.add(Event.of(deadline, reminder)));
        }
        for (OverdueItem item : overdueItems.on(today)) {
            events.add(Event.of(item));
        }
        Set<UUID> agencies = new LinkedHashSet<>();
        events.forEach(event -> agencies.add(event.agencyId()));
        Map<UUID, List<Recipient>> people = recipients.forAgencies(agencies);
        List<NewNotification> notices = new ArrayList<>();
        for (Event event : events) {
            for (Recipient person : people.getOrDefault(event.agencyId(), List.of())) {
                notices.add(event.to(person, outbox.enabled()));
            }
        }
        int created = notices.isEmpty() ? 0 : notifications.insertAll(notices);
        if (created > 0) {
            audit.record("REMINDERS_CREATED", "notifications", today.toString(), null,
                    created + " · " + events.size() + " · " + today);
        }
        return created;
    }

    /** Something to remind the agency's people of, before it is addressed to each of them. */
    private record Event(UUID agencyId, NotificationKind kind, String dedupKey, Map<String, String> parameters,
            String link) {

        static Event of(Deadline deadline, Reminder reminder) {
            return new Event(deadline.agencyId(), reminder.kind(),
                    ReminderRules.dedupKey(reminder, deadline.enrolmentId(), deadline.due()),
                    Map.of("agency", deadline.agencyName(), "programme", deadline.programme().name(), "due",
                            deadline.due().toString(), "days", String.valueOf(reminder.days())),
                    "/agencies/" + deadline.agencyId());
        }

        static Event of(OverdueItem item) {
            Reminder reminder = new Reminder(NotificationKind.IMPROVEMENT_OVERDUE, 0);
            return new Event(item.agencyId(), reminder.kind(), ReminderRules.dedupKey(reminder, item.id(),
                    item.dueDate()), Map.of("agency", item.agencyName(), "title", item.title(), "due",
                            item.dueDate().toString()), "/agencies/" + item.agencyId() + "/improvement-plan");
        }

        /** Without a mail server, or without an address, the notice is only shown in the app. */
        NewNotification to(Recipient person, boolean mailOn) {
            boolean mail = mailOn && person.email() != null && !person.email().isBlank();
            return new NewNotification(person.userId(), agencyId, kind, dedupKey, parameters, link,
                    mail ? person.email() : null, person.language().toLanguageTag());
        }
    }
}
