package org.acredita.agencies.demo;

import java.util.Set;
import org.acredita.agencies.AgencyContacts;
import org.acredita.agencies.internal.AgencyContact;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo agencies' contacts. A seed apart from the lifecycles so that databases seeded before contacts
 * existed get them too.
 */
@Component
class DemoContacts implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

    private final AgencyContacts contacts;
    private final Organisations organisations;

    DemoContacts(AgencyContacts contacts, Organisations organisations) {
        this.contacts = contacts;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "agencies.contacts";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people");
    }

    @Override
    public void seed() {
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

    private Organisation agency(String nameFragment) {
        return organisations.agencyNamed(nameFragment).orElse(null);
    }
}
