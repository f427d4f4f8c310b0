package org.acredita.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.UserLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Portability: the demo police file exported as a ZIP and imported into a new agency without loss (the export
 * of the import equals the original), and every refusal of a bad archive before anything is written.
 */
@AcreditaIntegrationTest
class PortabilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UserLanguages users;

    @BeforeEach
    void signIn() {
        users = new UserLanguages(port, jdbc);
    }

    @AfterEach
    void giveLanguagesBack() {
        users.giveBack();
    }

    private AppClient client(String username) {
        return users.client(username);
    }

    private AppClient in(String language, String username) {
        return users.in(language, username);
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private String policeFile() {
        return DemoOrganisations.policeFile(jdbc);
    }

    private long count(String table) {
        return system(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("accreditation_file", "file_standard", "file_standard_event",
                "file_standard_comment", "proof", "stored_file", "search_document")) {
            counts.put(table, count(table));
        }
        // What an import writes to the trail (signing in and changing language are audited too).
        counts.put("audit_event", count("audit_event where action in ('ACCREDITATION_FILE_IMPORTED', "
                + "'ACCREDITATION_FILE_RESTORED', 'PROOF_RESTORED', 'FILE_STORED')"));
        return counts;
    }

    private String newAgency(AppClient admin, String name) {
        AppClient.Response created = admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"stateCode\":\"22\"}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String imports(String agency) {
        return "/api/v1/agencies/" + agency + "/accreditation-files/imports";
    }

    private byte[] export(AppClient client, String file) {
        AppClient.Response response = client.get("/api/v1/accreditation-files/" + file + "/export", "application/zip");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/zip");
        return response.bytes();
    }

    /** Entry name to bytes, in archive order. */
    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] withManifest(byte[] zip, UnaryOperator<ObjectNode> change) {
        Map<String, byte[]> entries = entries(zip);
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        entries.put("manifest.json", JSON.writeValueAsBytes(change.apply(manifest)));
        return zip(entries);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The indexed words of a file's proofs, by title, without their links (which name the proof). */
    private List<String> proofWords(String file) {
        return system(() -> jdbc.sql("""
                select d.title || ' ' || d.body from search_document d join proof p on d.source_id = p.id::text
                where d.kind = 'proof' and p.file_id = ?::uuid order by 1""").param(file).query(String.class).list());
    }

    /** The manifest without what differs by instance and moment: export time, source, agency, proof ids, assignees. */
    private static JsonNode comparable(byte[] manifest) {
        ObjectNode node = (ObjectNode) JSON.readTree(manifest);
        node.remove(List.of("exportedAt", "source", "agency"));
        for (JsonNode standard : node.get("standards")) {
            ((ObjectNode) standard).remove("assignee");
            for (JsonNode proof : standard.get("proofs")) {
                ((ObjectNode) proof).remove(List.of("id", "createdBy"));
            }
        }
        return node;
    }

    @Test
    void theDemoFileTravelsToAnotherAgencyWithoutLoss() {
        String file = policeFile();
        AppClient body = in("es-MX", "calea.pm");
        byte[] archive = export(body, file);
        Map<String, byte[]> entries = entries(archive);
        assertThat(entries.keySet().iterator().next()).isEqualTo("manifest.json");
        entries.forEach((name, bytes) -> {
            if (!List.of("manifest.json", "index.html", "index.en.html").contains(name)) {
                assertThat(name).isEqualTo("files/" + sha256(bytes));
            }
        });
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("acredita-accreditation-file/1");
        assertThat(manifest.get("edition").get("code").asString()).isNotBlank();
        String text = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(text).contains("\"contentType\" : \"application/pdf\"").contains("\"waiverDocuments\" : [ {")
                .contains("\"comments\" : [ {").contains("\"status\" : \"IN_COMPLIANCE\"")
                .contains("\"request\" : \"WAIVER\"");
        assertThat(system(() -> jdbc.sql("select count(*) from audit_event where action = 'ACCREDITATION_FILE_EXPORTED' "
                + "and target_id = ?").param(file).query(Long.class).single())).isPositive();

        AppClient admin = client("admin");
        String agency = newAgency(admin, "Policía de Prueba Portabilidad");
        assertThat(body.get("/agencies/" + agency + "/accreditation").body()).contains("data-testid=\"import-file-link\"");
        assertThat(body.get("/agencies/" + agency + "/accreditation/import").body())
                .contains("data-testid=\"import-file-submit\"");
        AppClient.Response imported = body.upload(imports(agency), "expediente.zip", archive, false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String copy = imported.body().replaceAll(".*\"fileId\":\"([^\"]+)\".*", "$1");
        assertThat(imported.header("Location")).endsWith("/api/v1/accreditation-files/" + copy);
        if (text.contains("\"assignee\" : {")) {
            assertThat(imported.body()).contains("quedó sin asignar");
        }

        byte[] again = export(body, copy);
        Map<String, byte[]> copied = entries(again);
        assertThat(copied.keySet()).isEqualTo(entries.keySet());
        entries.forEach((name, bytes) -> {
            if (name.startsWith("files/")) {
                assertThat(copied.get(name)).as(name).isEqualTo(bytes);
            }
        });
        assertThat(comparable(copied.get("manifest.json"))).isEqualTo(comparable(entries.get("manifest.json")));
        assertThat(system(() -> jdbc.sql("select count(*) from search_document where agency_id = ?::uuid and kind = 'proof'")
                .param(agency).query(Long.class).single()))
                .isEqualTo(system(() -> jdbc.sql("select count(*) from proof where file_id = ?::uuid").param(copy)
                        .query(Long.class).single()));
        // The words of every proof's file were extracted before the import's transaction and indexed in it.
        assertThat(proofWords(copy)).isEqualTo(proofWords(file));
        assertThat(body.get("/accreditation-files/" + copy + "/export").status()).isEqualTo(200);
        assertThat(body.get("/agencies/" + agency + "/accreditation").body()).contains("data-testid=\"export-file-link\"");

        // The agency now has a file in that programme: a second import is refused, nothing written.
        Map<String, Long> before = counts();
        AppClient.Response twice = body.upload(imports(agency), "expediente.zip", archive, false);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("ya tiene un expediente");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aManifestThatIsNullOrSmugglesAHugeFieldIsRefusedAtItsPlaceQuickly() {
        AppClient body = in("es-MX", "calea.pm");
        byte[] archive = export(body, policeFile());
        String agency = newAgency(client("admin"), "Policía de Prueba Manifiesto");
        Map<String, Long> before = counts();

        Map<String, byte[]> nothing = entries(archive);
        nothing.put("manifest.json", "null".getBytes(StandardCharsets.UTF_8));
        AppClient.Response refused = body.upload(imports(agency), "expediente.zip", zip(nothing), false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).isEqualTo("manifest.json");
            assertThat(error.get("message").stringValue()).contains("no contiene un manifiesto");
        });

        String fiftyMegabytes = "x".repeat(50 * 1024 * 1024);
        byte[] unknownField = withManifest(archive, manifest -> manifest.put("contrabando", fiftyMegabytes));
        byte[] hugeNotes = withManifest(archive, manifest -> {
            ((ObjectNode) manifest.get("standards").get(0)).put("notes", fiftyMegabytes);
            return manifest;
        });
        long start = System.nanoTime();
        AppClient.Response smuggled = body.upload(imports(agency), "expediente.zip", unknownField, false);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(smuggled.status()).isEqualTo(422);
        assertThat(JSON.readTree(smuggled.body()).get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).isEqualTo("manifest.json#/contrabando");
            assertThat(error.get("message").stringValue()).contains("demasiado largo");
        });

        start = System.nanoTime();
        AppClient.Response huge = in("en", "calea.pm").upload(imports(agency), "expediente.zip", hugeNotes, false);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(JSON.readTree(huge.body()).get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).startsWith("manifest.json");
            assertThat(error.get("message").stringValue()).contains("too long");
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aTamperedArchiveIsRefusedWithEveryProblemAndNothingIsWritten() {
        AppClient body = in("es-MX", "calea.pm");
        byte[] archive = export(body, policeFile());
        String agency = newAgency(client("admin"), "Policía de Prueba Alterada");
        Map<String, Long> before = counts();

        Map<String, byte[]> tampered = entries(archive);
        String content = tampered.keySet().stream().filter(name -> name.startsWith("files/")).findFirst().orElseThrow();
        byte[] changed = tampered.get(content).clone();
        changed[changed.length / 2] ^= 1;
        tampered.put(content, changed);
        AppClient.Response refused = body.upload(imports(agency), "expediente.zip", zip(tampered), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"location\":\"" + content + "\"").contains("SHA-256");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail", "instance", "errors");
        assertThat(problem.get("title").stringValue()).isEqualTo("Expediente rechazado");
        assertThat(problem.get("status").intValue()).isEqualTo(422);
        assertThat(problem.get("detail").stringValue()).isEqualTo("El archivo tiene 1 problema; no se importó nada.");
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.get("instance").stringValue()).isEqualTo(imports(agency));
        problem.get("errors").forEach(error ->
                assertThat(error.propertyNames()).containsExactly("location", "message"));

        Map<String, byte[]> traversal = entries(archive);
        traversal.put("../../etc/acredita.txt", "x".getBytes(StandardCharsets.UTF_8));
        AppClient.Response escaped = body.upload(imports(agency), "expediente.zip", zip(traversal), false);
        assertThat(escaped.status()).isEqualTo(422);
        assertThat(escaped.body()).contains("../../etc/acredita.txt").contains("Entrada no permitida");

        AppClient english = in("en", "calea.pm");
        AppClient.Response unknown = english.upload(imports(agency), "expediente.zip",
                withManifest(archive, manifest -> {
                    ((ObjectNode) manifest.get("edition")).put("version", "1999");
                    return manifest;
                }), false);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("1999").contains("is not published in this instance");

        AppClient.Response sizes = english.upload(imports(agency), "expediente.zip", withManifest(archive, manifest -> {
            for (JsonNode standard : manifest.get("standards")) {
                for (JsonNode proof : standard.get("proofs")) {
                    if (proof.get("file").isObject()) {
                        ((ObjectNode) proof.get("file")).put("size", 1);
                        return manifest;
                    }
                }
            }
            return manifest;
        }), false);
        assertThat(sizes.status()).isEqualTo(422);
        assertThat(sizes.body()).contains("differs from the file");

        AppClient.Response page = english.upload("/agencies/" + agency + "/accreditation/import", "expediente.zip",
                zip(traversal), true);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("data-testid=\"import-file-problems\"").contains("Entry not allowed");

        AppClient.Response notZip = english.upload(imports(agency), "expediente.zip",
                "not a zip".getBytes(StandardCharsets.UTF_8), false);
        assertThat(notZip.status()).isEqualTo(422);
        assertThat(notZip.body()).contains("not a ZIP");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoWorkOnTheAgencyExportAndOnlyTheAccreditationBodyImports() {
        String file = policeFile();
        assertThat(client("gerente.policia").get("/api/v1/accreditation-files/" + file + "/export").status())
                .isEqualTo(200);
        assertThat(client("gerente.c5").get("/api/v1/accreditation-files/" + file + "/export").status())
                .isEqualTo(404);
        assertThat(client("financiador").get("/api/v1/accreditation-files/" + file + "/export").status())
                .isEqualTo(403);
        byte[] archive = export(client("calea.pm"), file);
        String police = DemoOrganisations.police(jdbc).toString();
        Map<String, Long> before = counts();
        AppClient staff = client("personal.policia");
        assertThat(staff.upload(imports(police), "expediente.zip", archive, false).status()).isEqualTo(403);
        assertThat(client("gerente.policia").upload(imports(police), "expediente.zip", archive, false).status())
                .isEqualTo(403);
        assertThat(client("gerente.c5").upload(imports(police), "expediente.zip", archive, false).status())
                .isEqualTo(404);
        assertThat(staff.get("/agencies/" + police + "/accreditation/import").status()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }
}
