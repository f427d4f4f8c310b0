package org.acredita.notifications.demo;

import java.util.Set;
import org.acredita.database.DemoSeed;
import org.acredita.notifications.internal.ReminderSweep;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder sweep once after the demo seeds it reads, so the demo users find real notifications
 * (the police force's overdue improvement item) without waiting for the schedule.
 */
@Component
class DemoNotifications implements DemoSeed {

    private final ReminderSweep sweep;

    DemoNotifications(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public String name() {
        return "notifications.sweep";
    }

    /** Every seed whose dated work the sweep reminds of (deadlines, overdue items, assignments, proofs due). */
    @Override
    public Set<String> after() {
        return Set.of("agencies.lifecycles", "programmes.agencies", "improvement.plans", "selfassessment.police-file",
                "proofs.police-file", "proofs.programme-files");
    }

    /** The sweep commits its reminders before it sends their e-mails, and takes the cluster's lock itself. */
    @Override
    public boolean inOneTransaction() {
        return false;
    }

    @Override
    public void seed() {
        sweep.runToday();
    }
}
