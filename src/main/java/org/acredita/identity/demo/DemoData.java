package org.acredita.identity.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.internal.OrganisationRepository;
import org.acredita.identity.internal.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo programme: the partners and three fictitious agencies in real states, one user per role
 * (password {@value #PASSWORD}). Seeded only on the embedded database and never under 'prod', so a
 * real deployment never gets known passwords.
 */
@Component
class DemoData implements DemoSeed {

    static final String PASSWORD = "acredita-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisationRows;
    private final Organisations organisations;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    DemoData(OrganisationRepository organisationRows, Organisations organisations, UserRepository users,
            PasswordEncoder passwords, AuditTrail audit) {
        this.organisationRows = organisationRows;
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "identity.organisations-and-people";
    }

    /** Through the repositories as the system, as it always has (same reach as the seeding scope, no roles). */
    @Override
    public void seed() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            if (users.usernameTaken("admin")) {
                return;
            }
            seedProgramme();
            log.info("Datos de demostración creados / Demo data seeded (password '{}')", PASSWORD);
        });
    }

    private void seedProgramme() {
        ZoneId mexicoCity = ZoneId.of("America/Mexico_City");
        Organisation foundation = org(OrganisationKind.ADVISORY, "Fundación Policía y Comunidad (ficticia)", "09", mexicoCity);
        Organisation accreditor = org(OrganisationKind.ACCREDITOR, "Organismo Acreditador Internacional (demostración)", null, mexicoCity);
        Organisation funder = org(OrganisationKind.FUNDER, "Oficina de Cooperación para la Seguridad (demostración)", "09", mexicoCity);
        Organisation police = org(OrganisationKind.AGENCY, "Secretaría de Seguridad Ciudadana de Querétaro — demostración", "22", mexicoCity);
        Organisation c5 = org(OrganisationKind.AGENCY, "Centro C5 de Mérida — demostración", "31", ZoneId.of("America/Merida"));
        Organisation academy = org(OrganisationKind.AGENCY, "Academia Estatal de Policía de Chihuahua — demostración", "08", ZoneId.of("America/Chihuahua"));

        user("admin", "Administración Acredita", foundation, Role.ADMIN);
        user("gerente.policia", "Laura Méndez Ortiz", police, Role.ACCREDITATION_MANAGER);
        user("personal.policia", "Jorge Ramírez Soto", police, Role.AGENCY_STAFF);
        user("titular.policia", "Mtra. Ana Lucía Herrera", police, Role.AGENCY_CEO);
        user("gerente.c5", "Ricardo Canul Pech", c5, Role.ACCREDITATION_MANAGER);
        user("gerente.academia", "Patricia Loya Chávez", academy, Role.ACCREDITATION_MANAGER);
        UUID advisor = user("asesor", "Miguel Ángel Torres", foundation, Role.ADVISOR);
        user("asesora", "Sofía Núñez Rivas", foundation, Role.ADVISOR);
        user("gerente.regional", "Alberto Quiroga Beltrán", foundation, Role.REGIONAL_MANAGER);
        user("calea.pm", "Susan Miller", accreditor, Role.PROGRAMME_MANAGER);
        UUID assessor = user("evaluador", "Daniel Brooks", accreditor, Role.ASSESSOR);
        user("lider.evaluacion", "Carmen Aguilar Reyes", accreditor, Role.TEAM_LEADER);
        user("comisionado", "Hon. Robert García", accreditor, Role.COMMISSIONER);
        // A second commissioner, who declares a conflict of interest with the police force (commission's demo).
        user("comisionada", "Dra. Elena Vázquez Ruiz", accreditor, Role.COMMISSIONER);
        user("financiador", "Emily Carter", funder, Role.FUNDER_OFFICER);
        users.assign(advisor, police.id(), null);
        users.assign(advisor, c5.id(), null);
        users.assign(assessor, police.id(), null);
        audit.record("DEMO_SEEDED", "programme", "demo", null, "6 + 14");
        seedDocuments(police, c5, academy);
    }

    /** A few real-looking documents, so the organisation pages show work in progress. */
    private void seedDocuments(Organisation police, Organisation c5, Organisation academy) {
        document(police, "Convenio de acreditación (firmado).pdf", "Convenio de acreditación",
                List.of("Secretaría de Seguridad Ciudadana de Querétaro — demostración",
                        "Programa de acreditación para instituciones de seguridad pública.",
                        "Compromiso: completar la autoevaluación en 36 meses a partir de la firma.",
                        "Documento ficticio generado para la demostración de Acredita."));
        document(police, "Organigrama 2026.pdf", "Organigrama institucional 2026",
                List.of("Titular de la institución", "Gerencia de acreditación", "Dirección operativa",
                        "Dirección de formación y profesionalización", "Documento ficticio de demostración."));
        document(c5, "Protocolo de atención de llamadas 9-1-1.pdf", "Protocolo de atención de llamadas de emergencia",
                List.of("Centro C5 de Mérida — demostración", "1. Recepción y clasificación de la llamada.",
                        "2. Despacho de unidades y seguimiento.", "3. Cierre y registro del incidente.",
                        "Documento ficticio de demostración."));
        document(academy, "Plan de estudios de formación inicial.pdf", "Plan de estudios de formación inicial",
                List.of("Academia Estatal de Policía de Chihuahua — demostración",
                        "Formación inicial: 972 horas.", "Documento ficticio de demostración."));
    }

    private void document(Organisation organisation, String fileName, String title, List<String> lines) {
        organisations.addDocument(organisation.id(), fileName,
                new java.io.ByteArrayInputStream(DemoPdf.page(title, lines)));
    }

    private Organisation org(OrganisationKind kind, String name, String state, ZoneId zone) {
        return organisationRows.insert(kind, name, state, zone);
    }

    private UUID user(String username, String displayName, Organisation organisation, Role role) {
        String locale = organisation.kind() == OrganisationKind.ACCREDITOR || organisation.kind() == OrganisationKind.FUNDER
                ? "en" : "es-MX";
        UUID id = users.insert(username, displayName, username + "@demo.acredita.invalid", locale, organisation.id(),
                organisation.agencyId(), passwords.encode(PASSWORD));
        users.grant(id, role, organisation.agencyId(), null);
        return id;
    }
}
