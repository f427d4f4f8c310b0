package org.acredita.distribution.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.acredita.database.DemoSeed;
import org.acredita.directives.VersionTexts;
import org.acredita.directives.VersionTexts.VersionChoice;
import org.acredita.distribution.internal.Distribution;
import org.acredita.distribution.internal.Distributions;
import org.acredita.distribution.internal.NewDistribution;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.personnel.RosterList;
import org.acredita.personnel.Rosters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two distributions on the demo police force, created through the service and then moved into the past (the
 * service refuses a past due date, as it should): the use-of-force policy to everyone, acknowledged by all; the
 * custody order to the three proximity sectors and traffic, due three days ago and acknowledged by about 60 %, so
 * the overdue people show. The acknowledgements are written directly with the text's hash, at times spread over
 * the weeks before the due date, as if read on phones (personal links) and at desks (signed in).
 */
@Component
class DemoDistributions implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoDistributions.class);

    private final Distributions distributions;
    private final VersionTexts versions;
    private final Rosters rosters;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDistributions(Distributions distributions, VersionTexts versions, Rosters rosters, Organisations organisations,
            JdbcClient jdbc, Clock clock) {
        this.distributions = distributions;
        this.versions = versions;
        this.rosters = rosters;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "distribution.police";
    }

    @Override
    public Set<String> after() {
        return Set.of("personnel.roster", "directives.police");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        if (police == null || !distributions.list(police.id()).isEmpty()) {
            return;
        }
        List<VersionChoice> choices = versions.distributable(police.id());
        List<RosterList> units = rosters.units(police.id());
        VersionChoice force = inEffect(choices, "POL-4.1");
        VersionChoice custody = inEffect(choices, "OG-7.1");
        if (force == null || custody == null || units.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Distribution all = distributions.create(police.id(), new NewDistribution(null, today,
                List.of(force.versionId()), units.stream().map(RosterList::id).toList(), null, null, null, null));
        backdate(all.id(), 45, today.minusDays(15));
        acknowledge(all.id(), 100, 45);
        List<UUID> field = units.stream().filter(u -> u.name().startsWith("Proximidad") || u.name().startsWith("Tránsito"))
                .map(RosterList::id).toList();
        Distribution sectors = distributions.create(police.id(), new NewDistribution(null, today,
                List.of(custody.versionId()), field, null, null, null, null));
        backdate(sectors.id(), 21, today.minusDays(3));
        acknowledge(sectors.id(), 60, 21);
        log.info("Distribuciones de demostración creadas / Demo distributions seeded");
    }

    private static VersionChoice inEffect(List<VersionChoice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code) && c.inEffect()).findFirst().orElse(null);
    }

    private void backdate(UUID id, int daysAgo, LocalDate dueOn) {
        jdbc.sql("update distribution set created_at = now() - make_interval(days => ?), due_on = ?, "
                + "links_expire = ? + 60 where id = ?").params(daysAgo, dueOn, dueOn, id).update();
    }

    /** About {@code percent} of the recipients acknowledged, at seeded times within the first days of reading. */
    private void acknowledge(UUID id, int percent, int daysAgo) {
        Random random = new Random(id.getLeastSignificantBits() ^ 56);
        List<UUID> recipients = jdbc.sql("select id from distribution_recipient where distribution_id = ? order by "
                + "employee_number").param(id).query(UUID.class).list();
        String sha256 = jdbc.sql("select text_sha256 from distribution_document where distribution_id = ? "
                + "order by position limit 1").param(id).query(String.class).single();
        for (UUID recipient : recipients) {
            if (random.nextInt(100) >= percent) {
                continue;
            }
            int minutesAfter = random.nextInt((daysAgo - 4) * 24 * 60);
            int seconds = 90 + random.nextInt(900);
            jdbc.sql("""
                    update distribution_recipient set
                        opened_at = now() - make_interval(days => ?) + make_interval(mins => ?),
                        acknowledged_at = now() - make_interval(days => ?) + make_interval(mins => ?, secs => ?),
                        seconds_spent = ?, channel = ?, text_sha256 = ?
                    where id = ?""").params(daysAgo, minutesAfter, daysAgo, minutesAfter, seconds, seconds,
                    random.nextInt(3) == 0 ? "SIGNED_IN" : "LINK", sha256, recipient).update();
        }
    }
}
