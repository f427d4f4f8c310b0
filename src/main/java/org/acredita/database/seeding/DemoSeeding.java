package org.acredita.database.seeding;

import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.database.DemoMode;
import org.acredita.database.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo data at start-up in {@link DemoMode}: every module's {@link DemoSeed}, each after the seeds it
 * names, as {@link AccessScope#SEEDING} and in its own transaction unless the seed opens its own. The order is
 * checked when the application starts, demo or not, so a missing or circular prerequisite never waits for a
 * demo start to show.
 */
@Component
class DemoSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final List<DemoSeed> seeds;
    private final TransactionTemplate transactions;
    private final Environment environment;

    DemoSeeding(ObjectProvider<DemoSeed> seeds, TransactionTemplate transactions, Environment environment) {
        this.seeds = SeedOrder.of(seeds.stream().toList());
        this.transactions = transactions;
        this.environment = environment;
    }

    /** After geo's shipped catalogue (order 0), before the first-administrator link (100), which the demo makes moot. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seedAtStart() {
        if (DemoMode.applies(environment)) {
            seedAll();
        }
    }

    void seedAll() {
        long start = System.nanoTime();
        for (DemoSeed seed : seeds) {
            try {
                CurrentScope.runAs(AccessScope.SEEDING, () -> run(seed));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo seed " + seed.name() + " failed", e);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Datos de demostración: {} semillas en {} ms / Demo data: {} seeds in {} ms", seeds.size(), millis,
                seeds.size(), millis);
    }

    private void run(DemoSeed seed) {
        log.debug("Demo seed {}", seed.name());
        if (seed.inOneTransaction()) {
            transactions.executeWithoutResult(status -> seed.seed());
        } else {
            seed.seed();
        }
    }
}
