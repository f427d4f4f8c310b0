package org.acredita.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agency contacts through the API and the profile page: validated, audited, one primary, isolated. */
@AcreditaIntegrationTest
class AgencyContactsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoAgenciesHaveContactsWithThePrimaryOneFirst() {
        UUID police = DemoOrganisations.police(jdbc);
        JsonNode contacts = JSON.readTree(AppClient.signedIn(port, "personal.policia")
                .getJson("/api/v1/agencies/" + police + "/contacts").body());
        assertThat(contacts.size()).isEqualTo(3);
        assertThat(contacts.get(0).get("name").asString()).isEqualTo("Lic. Jorge Arturo Salinas Ugalde");
        assertThat(contacts.get(0).get("primary").asBoolean()).isTrue();
        assertThat(AppClient.signedIn(port, "gerente.policia").get("/agencies/" + police + "/profile").body())
                .contains("Ing. Diana Reséndiz Olvera", "href=\"mailto:jsalinas@demo.acredita.invalid\"",
                        "href=\"tel:4422385000,1204\"", "data-testid=\"add-contact\"");
    }

    @Test
    void editorsAddChangeAndRemoveContactsWithOnePrimaryAndEveryChangeAudited() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = newAgency(admin, "Policía de Tlaquepaque — prueba de contactos");
        String contacts = contactsOf(agency);

        AppClient.Response first = admin.sendJson("POST", contacts,
                "{\"name\":\"Rosa Ibarra\",\"position\":\"Enlace\",\"email\":\"ribarra@demo.acredita.invalid\",\"primary\":true}", true);
        assertThat(first.status()).isEqualTo(201);
        long firstId = JSON.readTree(first.body()).get("id").asLong();
        AppClient.Response second = admin.sendJson("POST", contacts,
                "{\"name\":\"  Tomás Gil  \",\"phone\":\"+52 33 3837 4400 ext. 12\",\"primary\":true}", true);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).contains("\"name\":\"Tomás Gil\"", "\"primary\":true");
        long secondId = JSON.readTree(second.body()).get("id").asLong();

        JsonNode listed = JSON.readTree(admin.getJson(contacts).body());
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(secondId);
        assertThat(listed.get(1).get("primary").asBoolean()).as("the new primary replaced the old one").isFalse();

        AppClient.Response changed = admin.sendJson("PUT", contacts + "/" + firstId,
                "{\"name\":\"Rosa Ibarra Soto\",\"email\":\"ribarra@demo.acredita.invalid\",\"notes\":\"Turno matutino\"}", true);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("\"name\":\"Rosa Ibarra Soto\"", "\"position\":null", "\"notes\":\"Turno matutino\"");
        assertThat(admin.sendJson("DELETE", contacts + "/" + secondId, "", true).status()).isEqualTo(204);
        assertThat(admin.sendJson("DELETE", contacts + "/" + secondId, "", true).status()).isEqualTo(404);
        assertThat(JSON.readTree(admin.getJson(contacts).body()).size()).isEqualTo(1);

        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from audit_event "
                + "where action like 'AGENCY_CONTACT_%' and target_type = 'agency-contact' and agency_id = ?")
                .param(UUID.fromString(agency)).query(Long.class).single());
        assertThat(audited).isEqualTo(4);
    }

    @Test
    void aContactIsValidatedWholeWithMessagesInTheCallersLanguage() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String contacts = contactsOf(newAgency(admin, "Policía de Zapopan — prueba de validación de contactos"));

        AppClient.Response unreachable = admin.sendJson("POST", contacts, "{\"name\":\"Sin Datos\"}", true);
        assertThat(unreachable.status()).isEqualTo(400);
        assertThat(unreachable.body()).contains("Indique al menos un correo electrónico o un teléfono");
        assertThat(admin.sendJson("POST", contacts, "{\"name\":\"Ana\",\"phone\":\"12-34\"}", true).body())
                .contains("«12-34» no es un teléfono válido");
        assertThat(admin.sendJson("POST", contacts, "{\"name\":\"A\",\"email\":\"a@b\"}", true).body())
                .contains("Escriba el nombre del contacto");
        // A signed-in person's saved language wins over the browser's: switch to English and back.
        admin.postForm("/language", Map.of("lang", "en", "redirect", "/"));
        AppClient.Response english;
        try {
            english = admin.sendJson("POST", contacts, "{\"name\":\"Ana\",\"email\":\"not an address\"}", true);
        } finally {
            admin.postForm("/language", Map.of("lang", "es-MX", "redirect", "/"));
        }
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("\\\"not an address\\\" is not a valid email address.");
        assertThat(JSON.readTree(admin.getJson(contacts).body()).size()).isZero();
    }

    @Test
    void thePageFormsAddAndRemoveAContact() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/agencies/" + police + "/profile");
        AppClient.Response added = manager.postForm("/agencies/" + police + "/contacts",
                Map.of("name", "Cap. Elena Trejo", "position", "Asuntos internos", "email", "etrejo@demo.acredita.invalid"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).endsWith("/agencies/" + police + "/profile#contacts");
        assertThat(manager.get("/agencies/" + police + "/profile").body()).contains("Contacto agregado.", "Cap. Elena Trejo");

        long id = JSON.readTree(manager.getJson("/api/v1/agencies/" + police + "/contacts").body()).valueStream()
                .filter(c -> c.get("name").asString().equals("Cap. Elena Trejo")).findFirst().orElseThrow()
                .get("id").asLong();
        manager.postForm("/agencies/" + police + "/contacts/" + id + "/remove", Map.of());
        assertThat(manager.get("/agencies/" + police + "/profile").body()).contains("Contacto quitado.")
                .doesNotContain("Cap. Elena Trejo");
    }

    @Test
    void anotherAgencyCannotSeeTheContactsAndTheFunderCannotChangeThem() {
        UUID police = DemoOrganisations.police(jdbc);
        String contacts = contactsOf(police.toString());
        long primary = JSON.readTree(AppClient.signedIn(port, "admin").getJson(contacts).body()).get(0).get("id").asLong();

        AppClient otherAgency = AppClient.signedIn(port, "gerente.c5");
        otherAgency.get("/profile");
        assertThat(otherAgency.getJson(contacts).status()).isEqualTo(404);
        assertThat(otherAgency.get("/agencies/" + police + "/profile").status()).isEqualTo(404);
        assertThat(otherAgency.sendJson("POST", contacts, "{\"name\":\"Intrusa\",\"email\":\"x@y.z\"}", true).status())
                .isEqualTo(404);
        assertThat(otherAgency.sendJson("DELETE", contacts + "/" + primary, "", true).status()).isEqualTo(404);

        AppClient funder = AppClient.signedIn(port, "financiador");
        funder.get("/profile");
        assertThat(funder.getJson(contacts).status()).isEqualTo(200);
        assertThat(funder.sendJson("POST", contacts, "{\"name\":\"Intrusa\",\"email\":\"x@y.z\"}", true).status())
                .isEqualTo(403);
        assertThat(funder.sendJson("PUT", contacts + "/" + primary, "{\"name\":\"Intrusa\",\"email\":\"x@y.z\"}", true)
                .status()).isEqualTo(403);
        assertThat(funder.sendJson("DELETE", contacts + "/" + primary, "", true).status()).isEqualTo(403);
        assertThat(funder.postForm("/agencies/" + police + "/contacts/" + primary + "/remove", Map.of()).status())
                .isEqualTo(403);
        assertThat(funder.get("/agencies/" + police + "/profile").body()).contains("Lic. Jorge Arturo Salinas Ugalde")
                .doesNotContain("data-testid=\"add-contact\"");
        assertThat(JSON.readTree(funder.getJson(contacts).body()).size()).isEqualTo(3);
    }

    private static String contactsOf(String agency) {
        return "/api/v1/agencies/" + agency + "/contacts";
    }

    private static String newAgency(AppClient admin, String name) {
        return admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
}
