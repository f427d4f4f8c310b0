package org.acredita.notifications.demo;

import org.acredita.database.DemoMode;
import org.acredita.notifications.internal.ReminderSweep;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder sweep once after the other demo seeders, so the demo users find real notifications
 * (the police force's overdue improvement item) without waiting for the schedule.
 */
@Component
class DemoNotifications {

    private final ReminderSweep sweep;
    private final Environment environment;

    DemoNotifications(ReminderSweep sweep, Environment environment) {
        this.sweep = sweep;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    void sweepOnce() {
        if (DemoMode.applies(environment)) {
            sweep.runToday();
        }
    }
}
