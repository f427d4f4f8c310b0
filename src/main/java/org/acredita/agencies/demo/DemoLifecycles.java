package org.acredita.agencies.demo;

import org.acredita.database.DemoMode;
import java.time.LocalDate;
import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;


import org.acredita.agencies.Agencies;
import org.acredita.agencies.internal.AgencyContact;
import org.acredita.agencies.AgencyContacts;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.TransitionRequest;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agencies' profiles and their points in the lifecycle: the police force in self-assessment, the
 * C5 in its readiness assessment, the academy invited. Same conditions as the rest of the demo data.
 */
@Component
class DemoLifecycles {

    private static final Logger log = LoggerFactory.getLogger(DemoLifecycles.class);

    private final AgencyLifecycle lifecycle;
    private final Agencies agencies;
    private final AgencyContacts contacts;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final Environment environment;

    DemoLifecycles(AgencyLifecycle lifecycle, Agencies agencies, AgencyContacts contacts, Organisations organisations,
            TransactionTemplate transactions, Environment environment) {
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.contacts = contacts;
        this.organisations = organisations;
        this.transactions = transactions;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void seed() {
        boolean demo = DemoMode.applies(environment);
        if (!demo) {
            return;
        }
        CurrentScope.runAs(AccessScope.SEEDING, () -> transactions.executeWithoutResult(status -> seedLifecycles()));
        CurrentScope.runAs(AccessScope.SEEDING, () -> transactions.executeWithoutResult(status -> seedContacts()));
    }

    private void seedLifecycles() {
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

    /** Apart from the lifecycles so that databases seeded before contacts existed get them too. */
    private void seedContacts() {
        Organisation police = agency("Querétaro");
        if (police == null || !contacts.of(police.id()).isEmpty()) {
            return;
        }
        contact(police, "Lic. Jorge Arturo Salinas Ugalde", "Enlace institucional ante el programa",
                "jsalinas@demo.acredita.invalid", "442 238 5000 ext. 1204", "Atiende de 8:00 a 16:00 h.", true);
        contact(police, "Mtra. Ana Lucía Herrera", "Titular de la Secretaría", null, "442 238 5000",
                "Agendar por medio de la secretaría particular.", false);
        contact(police, "Ing. Diana Reséndiz Olvera", "Jefa de Tecnologías de la Información",
                "dresendiz@demo.acredita.invalid", null, null, false);
        Organisation c5 = agency("C5");
        contact(c5, "Ing. Roberto Pech Canché", "Director del C5", "rpech@demo.acredita.invalid", "999 930 3200",
                null, true);
        contact(c5, "Lic. Wendy Chan Uc", "Coordinación de capacitación", "wchan@demo.acredita.invalid",
                "999 930 3200 ext. 310", null, false);
        Organisation academy = agency("Academia");
        contact(academy, "Dr. Héctor Ruelas Armendáriz", "Director de la Academia", "hruelas@demo.acredita.invalid",
                "614 429 3300", null, true);
        contact(academy, "C.P. Lorena Ochoa Baeza", "Administración y finanzas", "lochoa@demo.acredita.invalid",
                null, "Responsable de cuotas y facturación del programa.", false);
        log.info("Contactos de instituciones de demostración creados / Demo agency contacts seeded");
    }

    private void contact(Organisation agency, String name, String position, String email, String phone, String notes,
            boolean primary) {
        if (agency != null) {
            contacts.add(agency.id(), new AgencyContact.Details(name, position, email, phone, notes, primary));
        }
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
