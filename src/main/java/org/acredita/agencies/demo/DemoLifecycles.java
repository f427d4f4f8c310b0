package org.acredita.agencies.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.TransitionRequest;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo agencies' profiles and their points in the lifecycle: the police force in self-assessment, the
 * C5 in its readiness assessment, the academy invited. Seeded once.
 */
@Component
class DemoLifecycles implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoLifecycles.class);

    private final AgencyLifecycle lifecycle;
    private final Agencies agencies;
    private final Organisations organisations;

    DemoLifecycles(AgencyLifecycle lifecycle, Agencies agencies, Organisations organisations) {
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "agencies.lifecycles";
    }

    /** The programme's time limits set the deadlines; entering self-assessment opens a file on a published manual. */
    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "programmes.programme", "standards.manuals");
    }

    @Override
    public void seed() {
        Organisation police = agency("Querétaro");
        if (police == null || !lifecycle.enrolments(police.id()).isEmpty()) {
            return;
        }
        walk(police, AccreditationProgramme.LAW_ENFORCEMENT, LocalDate.of(2025, 3, 10), Phase.CONTACTED, Phase.INVITED,
                Phase.COMMITTED, Phase.READINESS_ASSESSMENT, Phase.SELF_ASSESSMENT);
        walk(agency("C5"), AccreditationProgramme.COMMUNICATIONS, LocalDate.of(2026, 5, 20), Phase.CONTACTED,
                Phase.INVITED, Phase.COMMITTED, Phase.READINESS_ASSESSMENT);
        walk(agency("Academia"), AccreditationProgramme.TRAINING_ACADEMY, null, Phase.CONTACTED, Phase.INVITED);
        profile(police, AgencyKind.LAW_ENFORCEMENT, null, GovernmentLevel.STATE, "22", 3180, 420, 2368467,
                List.of("HOLDING_FACILITY", "TRAFFIC", "TACTICAL_TEAM", "K9", "IN_SERVICE_TRAINING"),
                "Mtra. Ana Lucía Herrera", "Laura Méndez Ortiz", LocalDate.of(2025, 4, 1));
        profile(agency("C5"), AgencyKind.COMMUNICATIONS_CENTRE, AgencyKind.CentreType.C5, GovernmentLevel.MUNICIPAL,
                "31", 140, 95, 995129, List.of("CALL_TAKING_911", "DISPATCH", "IN_SERVICE_TRAINING"),
                "Ing. Roberto Pech Canché", "Ricardo Canul Pech", LocalDate.of(2026, 6, 1));
        profile(agency("Academia"), AgencyKind.ACADEMY, null, GovernmentLevel.STATE, "08", 85, 40, null,
                List.of("BASIC_ACADEMY_TRAINING", "IN_SERVICE_TRAINING"), "Dr. Héctor Ruelas Armendáriz",
                "Patricia Loya Chávez", LocalDate.of(2026, 9, 15));
        log.info("Ciclos de acreditación de demostración creados / Demo lifecycles seeded");
    }

    private void walk(Organisation agency, AccreditationProgramme programme, LocalDate agreement, Phase... steps) {
        lifecycle.enrol(agency.id(), programme);
        for (Phase step : steps) {
            lifecycle.transition(agency.id(), programme, new TransitionRequest(step, null,
                    step == Phase.COMMITTED ? agreement : null, null, null));
        }
    }

    private void profile(Organisation agency, AgencyKind kind, AgencyKind.CentreType centre, GovernmentLevel level,
            String state, int sworn, int civilian, Integer population, List<String> functions, String chief,
            String manager, LocalDate managerSince) {
        agencies.saveProfile(new AgencyProfile(agency.id(), kind, centre, level, state, null, null, sworn, civilian,
                population, functions, chief, "es-MX"));
        agencies.handOver(agency.id(), manager, null, managerSince, null);
    }

    private Organisation agency(String nameFragment) {
        return organisations.agencyNamed(nameFragment).orElse(null);
    }
}
