package org.acredita.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.acredita.notifications.internal.ReminderSweep;

/** Two nodes sweeping the same day at the same moment, as a cluster would; returns when both are done. */
final class SweepRace {

    private SweepRace() {
    }

    static void twice(ReminderSweep sweep, LocalDate day) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReminderSweep.Outcome>> runs = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return sweep.run(day);
                })).toList();
        start.countDown();
        runs.forEach(CompletableFuture::join);
    }
}
