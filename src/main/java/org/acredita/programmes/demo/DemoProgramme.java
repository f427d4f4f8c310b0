package org.acredita.programmes.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.agencies.AgencyKind;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.Cohort;
import org.acredita.programmes.Programme;
import org.acredita.programmes.ProgrammeSettings;
import org.acredita.programmes.Programmes;
import org.acredita.programmes.internal.ProgrammeDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo programme: the foundation, the accreditation body and the funder behind it, two cohorts,
 * and the three demo agencies with their advisor pairs. Seeded before the lifecycles so their
 * deadlines follow the programme's time limits; dates are relative to today; seeded once.
 */
@Component
class DemoProgramme implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);
    static final String NAME = "Programa de Acreditación de Instituciones de Seguridad Pública (demostración)";

    private final Programmes programmes;
    private final Organisations organisations;
    private final Clock clock;

    DemoProgramme(Programmes programmes, Organisations organisations, Clock clock) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "programmes.programme";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people");
    }

    @Override
    public void seed() {
        if (!programmes.visible().isEmpty()) {
            return;
        }
        Organisation police = find("Querétaro");
        Organisation c5 = find("C5");
        Organisation academy = find("Academia");
        if (police == null || c5 == null || academy == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(22).withDayOfMonth(1);
        Programme programme = programmes.create(new ProgrammeDraft(NAME,
                "Acompañamiento de la fundación a instituciones policiales, centros C5 y academias hacia la "
                        + "acreditación internacional, con financiamiento de cooperación internacional.",
                partner(OrganisationKind.FUNDER), partner(OrganisationKind.ADVISORY),
                partner(OrganisationKind.ACCREDITOR), start, start.plusYears(4).minusDays(1),
                new BigDecimal("48500000.00"), "MXN", ProgrammeSettings.DEFAULTS,
                Map.of(AgencyKind.LAW_ENFORCEMENT, 8, AgencyKind.COMMUNICATIONS_CENTRE, 4, AgencyKind.ACADEMY, 3)));
        Cohort first = programmes.addCohort(programme.id(), "Cohorte 1", start);
        Cohort second = programmes.addCohort(programme.id(), "Cohorte 2", start.plusMonths(12));
        programmes.enrol(programme.id(), police.id(), first.id(), start.plusDays(14));
        programmes.enrol(programme.id(), c5.id(), first.id(), start.plusMonths(1));
        programmes.enrol(programme.id(), academy.id(), second.id(), start.plusMonths(12));
        var advisors = programmes.candidates(programme.id(), Role.ADVISOR);
        var regional = programmes.candidates(programme.id(), Role.REGIONAL_MANAGER);
        StaffMember lead = advisors.stream().filter(a -> a.displayName().startsWith("Miguel")).findFirst().orElse(null);
        StaffMember other = advisors.stream().filter(a -> a.displayName().startsWith("Sofía")).findFirst().orElse(null);
        StaffMember manager = regional.isEmpty() ? null : regional.get(0);
        if (lead != null && other != null && manager != null) {
            programmes.staff(programme.id(), police.id(), lead.id(), other.id(), manager.id());
            programmes.staff(programme.id(), c5.id(), lead.id(), null, manager.id());
            programmes.staff(programme.id(), academy.id(), other.id(), null, manager.id());
        }
        log.info("Programa de demostración creado / Demo programme seeded");
    }

    private Organisation find(String namePart) {
        return organisations.agencyNamed(namePart).orElse(null);
    }

    private java.util.UUID partner(OrganisationKind kind) {
        return organisations.visible().stream().filter(o -> o.kind() == kind).map(Organisation::id).findFirst()
                .orElse(null);
    }
}
