package org.acredita.programmes.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.acredita.access.OrganisationKind;
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
import org.acredita.programmes.Cohort;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rest of the demo programme: agencies across Mexico at every stage, so the programme dashboard,
 * its map and its deadlines read like a programme in its second year. They have no users of their
 * own (the three main demo agencies do). Dates are relative to today: one deadline falls in the next
 * weeks, one has passed, awards were given over the last year. Seeded once.
 */
@Component
class DemoProgrammeAgencies implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammeAgencies.class);
    private static final List<Phase> TO_AWARD = List.of(Phase.CONTACTED, Phase.INVITED, Phase.COMMITTED,
            Phase.READINESS_ASSESSMENT, Phase.SELF_ASSESSMENT, Phase.MOCK_ASSESSMENT, Phase.READY_FOR_REVIEW,
            Phase.REMOTE_FILE_REVIEW, Phase.SITE_BASED_ASSESSMENT, Phase.REPORT, Phase.HEARING_SCHEDULED,
            Phase.ACCREDITED, Phase.CONTINUED_COMPLIANCE);

    /** One agency of the demo programme: where it is, what it is, and how far along (months ago it signed). */
    private record Sample(String name, String state, AgencyKind kind, GovernmentLevel level, int sworn, int civilian,
            List<String> functions, Phase reached, int signedMonthsAgo, int awardedMonthsAgo, boolean secondCohort) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Secretaría de Seguridad Pública de Nuevo León — demostración", "19", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.STATE, 5200, 610, List.of("HOLDING_FACILITY", "TACTICAL_TEAM", "TRAFFIC"),
                    Phase.CONTINUED_COMPLIANCE, 40, 13, false),
            // In its second year of continued compliance: the Commission's award and annual reports are seeded by
            // commission.continued-compliance (year 1 signed and accepted, year 2 drafted and due in about two months).
            new Sample("Policía Municipal de Colima — demostración", "06", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.MUNICIPAL, 640, 85, List.of("TRAFFIC", "HOLDING_FACILITY"),
                    Phase.CONTINUED_COMPLIANCE, 50, 23, false),
            new Sample("Policía Municipal de León — demostración", "11", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.MUNICIPAL, 2100, 260, List.of("TRAFFIC", "K9"), Phase.ACCREDITED, 34, 5, false),
            new Sample("Centro Estatal C4 de Tlaxcala — demostración", "29", AgencyKind.COMMUNICATIONS_CENTRE,
                    GovernmentLevel.STATE, 60, 140, List.of("CALL_TAKING_911", "DISPATCH"), Phase.ACCREDITED, 26, 2, false),
            new Sample("Policía Estatal de Coahuila — demostración", "05", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.STATE, 3900, 380, List.of("HOLDING_FACILITY", "TACTICAL_TEAM"),
                    Phase.HEARING_SCHEDULED, 33, 0, false),
            new Sample("Secretaría de Seguridad Ciudadana de Zapopan — demostración", "14", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.MUNICIPAL, 1800, 240, List.of("TRAFFIC"), Phase.SITE_BASED_ASSESSMENT, 30, 0, false),
            new Sample("Policía Municipal de Aguascalientes — demostración", "01", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.MUNICIPAL, 1300, 150, List.of("TRAFFIC", "HOLDING_FACILITY"),
                    Phase.REMOTE_FILE_REVIEW, 29, 0, false),
            new Sample("Policía Estatal de Sonora — demostración", "26", AgencyKind.LAW_ENFORCEMENT, GovernmentLevel.STATE,
                    2600, 300, List.of("TACTICAL_TEAM"), Phase.MOCK_ASSESSMENT, 36, 0, false),
            new Sample("Dirección de Seguridad Pública de Mazatlán — demostración", "25", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.MUNICIPAL, 900, 110, List.of("TRAFFIC"), Phase.SELF_ASSESSMENT, 37, 0, false),
            new Sample("Centro de Atención de Emergencias 9-1-1 de Oaxaca — demostración", "20",
                    AgencyKind.COMMUNICATIONS_CENTRE, GovernmentLevel.STATE, 30, 120, List.of("CALL_TAKING_911"),
                    Phase.SELF_ASSESSMENT, 22, 0, false),
            new Sample("Instituto de Formación Policial de Hidalgo — demostración", "13", AgencyKind.ACADEMY,
                    GovernmentLevel.STATE, 70, 45, List.of("BASIC_ACADEMY_TRAINING", "IN_SERVICE_TRAINING"),
                    Phase.SELF_ASSESSMENT, 14, 0, true),
            new Sample("Instituto de Capacitación Policial de Baja California — demostración", "02", AgencyKind.ACADEMY,
                    GovernmentLevel.STATE, 55, 40, List.of("BASIC_ACADEMY_TRAINING"), Phase.READY_FOR_REVIEW, 21, 0, false),
            new Sample("Seguridad Universitaria de la Universidad Autónoma de Nuevo León — demostración", "19",
                    AgencyKind.CAMPUS_SECURITY, GovernmentLevel.STATE, 240, 60, List.of(), Phase.READINESS_ASSESSMENT,
                    4, 0, true),
            new Sample("Centro de Control y Comando de Tabasco — demostración", "27", AgencyKind.COMMUNICATIONS_CENTRE,
                    GovernmentLevel.STATE, 40, 150, List.of("CALL_TAKING_911", "DISPATCH"), Phase.COMMITTED, 2, 0, true),
            new Sample("Secretaría de Seguridad de Morelos — demostración", "17", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.STATE, 2300, 270, List.of("HOLDING_FACILITY"), Phase.READINESS_ASSESSMENT, 6, 0, true),
            new Sample("Secretaría de Seguridad Pública de Veracruz — demostración", "30", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.STATE, 6100, 700, List.of("TRAFFIC", "TACTICAL_TEAM"), Phase.INVITED, 0, 0, true),
            new Sample("Policía Auxiliar de la Ciudad de México — demostración", "09", AgencyKind.LAW_ENFORCEMENT,
                    GovernmentLevel.STATE, 7800, 900, List.of(), Phase.CONTACTED, 0, 0, true));

    private final Organisations organisations;
    private final Agencies agencies;
    private final AgencyLifecycle lifecycle;
    private final Programmes programmes;
    private final Clock clock;

    DemoProgrammeAgencies(Organisations organisations, Agencies agencies, AgencyLifecycle lifecycle,
            Programmes programmes, Clock clock) {
        this.organisations = organisations;
        this.agencies = agencies;
        this.lifecycle = lifecycle;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "programmes.agencies";
    }

    @Override
    public Set<String> after() {
        return Set.of("programmes.programme", "standards.manuals");
    }

    @Override
    public void seed() {
        Programme programme = programmes.visible().stream().filter(p -> p.name().equals(DemoProgramme.NAME))
                .findFirst().orElse(null);
        boolean seeded = organisations.visible().stream().anyMatch(o -> o.name().equals(SAMPLES.get(0).name()));
        if (programme == null || seeded) {
            return;
        }
        List<Cohort> cohorts = programmes.cohorts(programme.id());
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Mexico_City")));
        for (Sample sample : SAMPLES) {
            seed(sample, programme, cohorts.get(sample.secondCohort() && cohorts.size() > 1 ? 1 : 0), today);
        }
        log.info("Instituciones del programa de demostración creadas / Demo programme agencies seeded ({})",
                SAMPLES.size());
    }

    private void seed(Sample sample, Programme programme, Cohort cohort, LocalDate today) {
        Organisation agency = organisations.create(OrganisationKind.AGENCY, sample.name(), sample.state(),
                "America/Mexico_City");
        agencies.saveProfile(new AgencyProfile(agency.id(), sample.kind(),
                sample.kind() == AgencyKind.COMMUNICATIONS_CENTRE ? AgencyKind.CentreType.C4 : null, sample.level(),
                sample.state(), null, null, sample.sworn(), sample.civilian(), null, sample.functions(), null, "es-MX"));
        AccreditationProgramme kind = switch (sample.kind()) {
            case LAW_ENFORCEMENT -> AccreditationProgramme.LAW_ENFORCEMENT;
            case COMMUNICATIONS_CENTRE -> AccreditationProgramme.COMMUNICATIONS;
            case ACADEMY -> AccreditationProgramme.TRAINING_ACADEMY;
            case CAMPUS_SECURITY -> AccreditationProgramme.CAMPUS_SECURITY;
        };
        LocalDate signed = today.minusMonths(sample.signedMonthsAgo());
        programmes.enrol(programme.id(), agency.id(), cohort.id(), signed.isBefore(cohort.startsOn())
                ? cohort.startsOn() : signed);
        lifecycle.enrol(agency.id(), kind);
        for (Phase step : TO_AWARD) {
            lifecycle.transition(agency.id(), kind, new TransitionRequest(step, null,
                    step == Phase.COMMITTED ? signed : null,
                    step == Phase.HEARING_SCHEDULED ? hearing(sample, today) : null,
                    step == Phase.ACCREDITED ? today.minusMonths(sample.awardedMonthsAgo()) : null));
            if (step == sample.reached()) {
                return;
            }
        }
    }

    /** Past hearings for awarded agencies; the agency still waiting is heard in the coming weeks. */
    private static LocalDate hearing(Sample sample, LocalDate today) {
        return sample.reached() == Phase.HEARING_SCHEDULED ? today.plusDays(45)
                : today.minusMonths(sample.awardedMonthsAgo()).minusDays(1);
    }
}
