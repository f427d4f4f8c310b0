package org.acredita.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.commission.internal.AwardStore;
import org.acredita.commission.internal.DecisionStore.AwardRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An award never lapses silently: every day, each active award past its expiry (as of the day after it, in the
 * programme's calendar; the lifecycle checks it again in the agency's zone) expires and the agency's enrolment
 * lapses. Safe on every node: each award lapses in its own transaction that first locks its row and moves it only
 * from active, so a node arriving second finds it expired and does nothing; one award the lifecycle cannot move is
 * logged and retried the next day without holding up the others.
 */
@Component
class AwardLapses {

    private static final Logger log = LoggerFactory.getLogger(AwardLapses.class);
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Mexico_City");
    /** The system recording the lapse on the lifecycle, which only administrators and programme managers move. */
    private static final AccessScope SWEEP = new AccessScope(null, "system", null, Set.of(Role.ADMIN), Reach.ALL,
            Reach.ALL);

    private final Awards awards;
    private final AwardStore store;
    private final Clock clock;

    AwardLapses(Awards awards, AwardStore store, Clock clock) {
        this.awards = awards;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${acredita.commission.lapse-cron:0 17 1 * * *}", zone = "America/Mexico_City")
    int runToday() {
        return run(LocalDate.now(clock.withZone(PROGRAMME_ZONE)));
    }

    /** Lapses every active award expired before this day; returns how many this node lapsed. */
    int run(LocalDate today) {
        return CurrentScope.runAs(SWEEP, () -> {
            int lapsed = 0;
            for (AwardRow award : store.expiredActive(today)) {
                try {
                    if (awards.lapse(award.id(), today)) {
                        lapsed++;
                    }
                } catch (RuntimeException e) {
                    log.warn("La acreditación {} no pudo vencer / award {} could not lapse: {}", award.id(), award.id(),
                            e.toString());
                }
            }
            if (lapsed > 0) {
                log.info("Acreditaciones vencidas / awards lapsed: {}", lapsed);
            }
            return lapsed;
        });
    }
}
