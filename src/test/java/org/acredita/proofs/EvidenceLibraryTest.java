package org.acredita.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.storage.files.UnusedContentCleanup;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence library: a document uploaded once proves several standards and cycle years, shows where it is used,
 * outlives the proofs that use it until removed, follows the time-sensitive rules of uploads, and stays the agency's.
 */
@AcreditaIntegrationTest
class EvidenceLibraryTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Autowired
    UnusedContentCleanup cleanup;

    @Test
    void oneDocumentProvesTwoStandardsInTwoYearsWithOneContentAndUnlinkingOneKeepsTheOthers() {
        String file = DemoOrganisations.policeFile(jdbc);
        UUID police = DemoOrganisations.police(jdbc);
        List<String> numbers = freeStandards(file, null, 2);
        AppClient staff = signedIn("personal.policia");
        byte[] roster = ("Lista de asistencia a la capacitación en uso de la fuerza " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        AppClient.Response uploaded = staff.upload(proofs(file, numbers.get(0)), "lista-capacitacion.txt", roster,
                false, Map.of("documentDate", yesterday().toString(), "cycleYear", "1"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String sha = field(uploaded.body(), "sha256");
        String document = documentWith(police, sha);
        assertThat(staff.getJson("/api/v1/agencies/" + police + "/evidence").body()).contains(document)
                .contains("\"title\":\"lista-capacitacion.txt\"");

        AppClient.Response otherYear = link(staff, file, numbers.get(0), document, 2);
        AppClient.Response otherStandard = link(staff, file, numbers.get(1), document, 1);
        assertThat(otherYear.status()).as(otherYear.body()).isEqualTo(201);
        assertThat(otherStandard.status()).as(otherStandard.body()).isEqualTo(201);
        assertThat(otherStandard.body()).contains("\"sha256\":\"" + sha + "\"").contains("\"kind\":\"FILE\"")
                .contains("\"documentDate\":\"" + yesterday() + "\"");
        AppClient.Response again = link(staff, file, numbers.get(1), document, 1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(field(again.body(), "id")).isEqualTo(field(otherStandard.body(), "id"));

        assertThat(count("select count(*) from evidence_document where sha256 = ?", sha)).isEqualTo(1);
        assertThat(count("select count(*) from proof where document_id = ?::uuid", document)).isEqualTo(3);
        assertThat(count("select count(distinct sha256) from stored_file where sha256 = ?", sha)).isEqualTo(1);
        assertThat(store.exists(sha)).isTrue();
        assertThat(staff.get(proofs(file, numbers.get(1)) + "/" + field(otherStandard.body(), "id") + "/content")
                .body()).startsWith("Lista de asistencia");

        String page = "/agencies/" + police + "/evidence/" + document;
        String spanish = staff.get(page).body();
        assertThat(uses(spanish)).isEqualTo(3);
        assertThat(spanish).contains("Estándar " + numbers.get(0)).contains("Estándar " + numbers.get(1))
                .contains("Año 2").contains("/accreditation-files/" + file + "/standards/" + numbers.get(1));
        assertThat(uses(signedIn("personal.policia").get(page + "?lang=en").body())).isEqualTo(3);
        assertThat(staff.get("/agencies/" + police + "/evidence").body()).contains(page);

        String firstProof = field(uploaded.body(), "id");
        assertThat(staff.sendJson("DELETE", proofs(file, numbers.get(0)) + "/" + firstProof, "", true).status())
                .isEqualTo(204);
        assertThat(uses(staff.get(page).body())).isEqualTo(2);
        assertThat(staff.getJson("/api/v1/agencies/" + police + "/evidence/" + document).body())
                .doesNotContain(firstProof).contains(field(otherYear.body(), "id"))
                .contains(field(otherStandard.body(), "id"));
        assertThat(store.exists(sha)).isTrue();
        assertThat(count("select count(*) from audit_event where action = 'PROOF_ADDED' and summary like ?",
                "%evidence " + document + "%")).isEqualTo(2);
    }

    @Test
    void aTimeSensitiveStandardRefusesALibraryDocumentDatedOutsideTheYearItProvesAndStoresNothing() {
        String file = DemoOrganisations.policeFile(jdbc);
        UUID police = DemoOrganisations.police(jdbc);
        String plain = freeStandards(file, null, 1).get(0);
        String monthly = periodicStandard(file);
        AppClient staff = signedIn("personal.policia");
        AppClient.Response uploaded = staff.upload(proofs(file, plain), "parte-novedades.txt",
                ("Parte de novedades " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), false,
                Map.of("documentDate", yesterday().toString(), "cycleYear", "1"));
        String document = documentWith(police, field(uploaded.body(), "sha256"));
        String current = staff.getJson(proofs(file, monthly)).body().replaceAll("(?s).*\"currentYear\":(\\d).*", "$1");
        int outside = "1".equals(current) ? 2 : 1;
        long stored = count("select count(*) from stored_file where agency_id = ?", police);
        long given = count("select count(*) from proof where file_id = ?::uuid and number = ?", file, monthly);

        AppClient.Response refused = link(staff, file, monthly, document, outside);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Indique el periodo que prueba: la fecha del documento está fuera de ese año del ciclo.");
        assertThat(count("select count(*) from proof where file_id = ?::uuid and number = ?", file, monthly))
                .isEqualTo(given);
        assertThat(count("select count(*) from stored_file where agency_id = ?", police)).isEqualTo(stored);
        AppClient.Response page = staff.postForm("/accreditation-files/" + file + "/standards/" + monthly
                + "/proofs/links", Map.of("documentId", document, "cycleYear", String.valueOf(outside)));
        assertThat(page.status()).isEqualTo(302);
        assertThat(staff.get(java.net.URI.create(page.header("Location")).getRawPath()).body())
                .contains("Indique el periodo que prueba: la fecha del documento está fuera de ese año del ciclo.");
    }

    @Test
    void anotherAgencyNeitherSeesNorLinksTheLibrarysDocuments() {
        String file = DemoOrganisations.policeFile(jdbc);
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        String number = freeStandards(file, null, 1).get(0);
        AppClient staff = signedIn("personal.policia");
        AppClient.Response uploaded = staff.upload(proofs(file, number), "oficio-reservado.txt",
                ("Oficio reservado " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), false,
                Map.of("documentDate", yesterday().toString(), "cycleYear", "1"));
        String document = documentWith(police, field(uploaded.body(), "sha256"));

        AppClient other = signedIn("gerente.c5");
        assertThat(other.getJson("/api/v1/agencies/" + police + "/evidence").status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/agencies/" + police + "/evidence/" + document).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/agencies/" + c5 + "/evidence/" + document).status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/evidence").status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/evidence/" + document).status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + c5 + "/evidence/" + document).status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + c5 + "/evidence").body()).doesNotContain(document)
                .doesNotContain("oficio-reservado");
        assertThat(other.sendJson("DELETE", "/api/v1/agencies/" + police + "/evidence/" + document, "", true)
                .status()).isEqualTo(404);

        // A document of another agency's library, even by a guessed id, is not found when linked to my standard.
        String foreign = foreignDocument(DemoOrganisations.academy(jdbc));
        String mine = freeStandards(file, null, 2).get(1);
        assertThat(link(staff, file, mine, foreign, 1).status()).isEqualTo(404);
        assertThat(staff.postForm("/accreditation-files/" + file + "/standards/" + mine + "/proofs/links",
                Map.of("documentId", foreign, "cycleYear", "1")).status()).isEqualTo(404);
        assertThat(count("select count(*) from proof where document_id = ?::uuid", foreign)).isZero();
    }

    @Test
    void aDocumentNoProofUsesStaysAndKeepsItsContentThroughTheCleanUpUntilAManagerRemovesIt() throws IOException {
        String file = DemoOrganisations.policeFile(jdbc);
        UUID police = DemoOrganisations.police(jdbc);
        String number = freeStandards(file, null, 1).get(0);
        AppClient staff = signedIn("personal.policia");
        AppClient.Response uploaded = staff.upload(proofs(file, number), "inspeccion-vehiculos.txt",
                ("Inspección de vehículos " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), false,
                Map.of("documentDate", yesterday().toString(), "cycleYear", "1"));
        String sha = field(uploaded.body(), "sha256");
        String document = documentWith(police, sha);
        AppClient manager = signedIn("gerente.policia");
        String api = "/api/v1/agencies/" + police + "/evidence/" + document;
        AppClient.Response inUse = manager.sendJson("DELETE", api, "", true);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.body()).contains("retire antes esas pruebas");

        assertThat(staff.sendJson("DELETE", proofs(file, number) + "/" + field(uploaded.body(), "id"), "", true)
                .status()).isEqualTo(204);
        age(sha);
        cleanup.run();
        assertThat(store.exists(sha)).as("kept by the library without any proof").isTrue();
        assertThat(staff.get("/agencies/" + police + "/evidence/" + document).body())
                .contains("data-testid=\"document-unused\"");
        assertThat(staff.sendJson("DELETE", api, "", true).status()).as("staff do not remove documents")
                .isEqualTo(403);

        assertThat(manager.sendJson("DELETE", api, "", true).status()).isEqualTo(204);
        assertThat(manager.getJson(api).status()).isEqualTo(404);
        assertThat(count("select count(*) from audit_event where action = 'EVIDENCE_REMOVED' and target_id = ?",
                document)).isEqualTo(1);
        age(sha);
        cleanup.run();
        assertThat(store.exists(sha)).as("collected once the library let it go").isFalse();
    }

    private AppClient signedIn(String username) {
        AppClient client = AppClient.signedIn(port, username).language("es-MX");
        client.get("/");
        return client;
    }

    private static AppClient.Response link(AppClient client, String file, String number, String document, int year) {
        return client.sendJson("POST", proofs(file, number), "{\"documentId\":\"" + document + "\",\"cycleYear\":"
                + year + "}", true);
    }

    private static String proofs(String file, String number) {
        return "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs";
    }

    private static LocalDate yesterday() {
        return LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1);
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private static int uses(String html) {
        return html.split("data-testid=\"document-use\"", -1).length - 1;
    }

    /** Standards of the file still being worked on, without proofs, time-sensitive with this frequency or not. */
    private List<String> freeStandards(String file, String frequency, int how) {
        return system(() -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and s.frequency is not distinct from ?
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key desc limit ?""").params(file, frequency, how).query(String.class).list());
    }

    /** A standard of the file still being worked on whose proofs name a month, quarter or half of the year. */
    private String periodicStandard(String file) {
        return system(() -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and s.frequency in ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL')
                order by fs.sort_key limit 1""").param(file).query(String.class).single());
    }

    private String documentWith(UUID agency, String sha) {
        return system(() -> jdbc.sql("select id::text from evidence_document where agency_id = ? and sha256 = ?")
                .params(agency, sha).query(String.class).single());
    }

    /** A library document of another agency, written as a fixture. */
    private String foreignDocument(UUID agency) {
        String sha = store.store(new java.io.ByteArrayInputStream(("Ajeno " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8)), 1024).sha256();
        UUID stored = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        system(() -> {
            jdbc.sql("""
                    insert into stored_file (id, agency_id, owner_type, owner_id, sha256, size_bytes, content_type,
                        original_name, kept_once) values (?, ?, 'evidence', ?, ?, 40, 'text/plain', 'ajeno.txt', true)""")
                    .params(stored, agency, agency.toString(), sha).update();
            return jdbc.sql("""
                    insert into evidence_document (id, agency_id, title, document_date, kind, stored_file_id, sha256,
                        created_by_name) values (?, ?, 'Documento ajeno', current_date - 1, 'OTHER', ?, ?, 'Prueba')""")
                    .params(document, agency, stored, sha).update();
        });
        return document.toString();
    }

    private long count(String sql, Object... params) {
        return system(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private void age(String sha256) throws IOException {
        Path root = ((LocalFileStore) store).root();
        Files.setLastModifiedTime(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256),
                FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    }

    private static <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }
}
