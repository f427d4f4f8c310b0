package org.acredita.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.acredita.support.AppClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh police agency whose file sits on the 2024 test edition while the 2026 one (with its crosswalk: 1.1.1
 * reworded, 1.1.2 becomes 1.2.1, 1.1.3 removed, 2.1.1 new) is published: the ground for moving a file.
 */
public record EditionFixture(String agency, String file, String earlier, String later) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static EditionFixture prepare(int port, String agencyName) {
        AppClient body = AppClient.signedIn(port, "calea.pm");
        body.get("/profile");
        String code = "MIGRA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String earlier = id(body.upload("/api/v1/manuals/imports", "anterior.json",
                JSON.writeValueAsBytes(manual("/standards/previous-edition.json", code)), false).body());
        String later = id(body.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(manual("/standards/test-manual.json", code)), false).body());
        assertThat(body.sendJson("POST", "/api/v1/manuals/" + earlier + "/publish", "", true).status()).isEqualTo(200);

        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":\""
                + agencyName + "\",\"stateCode\":\"14\"}", true).body().replaceAll("\\s", "")
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", """
                {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":150,"civilianPersonnel":20,
                 "populationServed":170000,"functions":["HOLDING_FACILITY"],"chiefExecutive":"Cmdte. Prueba"}""", true);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
            "SELF_ASSESSMENT"}) {
            admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2025-03-01\"}", true);
        }
        String file = admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(body.sendJson("PUT", "/api/v1/accreditation-files/" + file, "{\"manualId\":\"" + earlier + "\"}",
                true).status()).isEqualTo(200);
        assertThat(body.sendJson("POST", "/api/v1/manuals/" + later + "/publish", "", true).status()).isEqualTo(200);
        return new EditionFixture(agency, file, earlier, later);
    }

    private static ObjectNode manual(String resource, String code) {
        try (InputStream in = EditionFixture.class.getResourceAsStream(resource)) {
            ObjectNode manual = (ObjectNode) JSON.readTree(in.readAllBytes());
            manual.put("code", code);
            if (manual.has("crosswalk")) {
                ((ObjectNode) manual.get("crosswalk").get("fromEdition")).put("code", code);
            }
            return manual;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(String json) {
        return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }
}
