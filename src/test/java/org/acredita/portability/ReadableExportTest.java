package org.acredita.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.NewAccounts;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.UserLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archive's human index: a page in each language beside the untouched manifest, opening offline, every proof
 * linked to the archive's own entry for its content, everything people typed escaped; archives with and without
 * the index import alike.
 */
@AcreditaIntegrationTest
class ReadableExportTest {

    private static final Pattern CONTENT_PATH = Pattern.compile("\"path\"\\s*:\\s*\"(files/[0-9a-f]{64})\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final String SCRIPT_TITLE = "<script>alert('índice')</script> Bitácora de turnos";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement people;

    private UserLanguages users;

    @BeforeEach
    void signIn() {
        users = new UserLanguages(port, jdbc);
    }

    @AfterEach
    void giveLanguagesBack() {
        users.giveBack();
    }

    @Test
    void theArchiveHoldsAnIndexInBothLanguagesLinkingEveryProofToItsEntry() {
        AppClient body = users.in("es-MX", "calea.pm");
        Map<String, byte[]> original = entries(export(body, DemoOrganisations.policeFile(jdbc)));

        // An archive with the index imports; one of the agency's people then gives a proof whose title is markup.
        String agency = newAgency("Policía Índice");
        String copy = importInto(body, agency, zip(original));
        AppClient manager = AppClient.signedIn(port, NewAccounts.create(people, UUID.fromString(agency),
                Role.ACCREDITATION_MANAGER), NewAccounts.PASSWORD);
        manager.get("/profile"); // the page gives the session its CSRF token
        String number = firstStandard(original.get("manifest.json"));
        AppClient.Response note = manager.sendJson("POST", "/api/v1/accreditation-files/" + copy + "/standards/" + number
                + "/proofs", "{\"kind\":\"NOTE\",\"cycleYear\":1,\"documentDate\":\"2025-06-02\",\"title\":\""
                + SCRIPT_TITLE.replace("'", "\\u0027") + "\",\"note\":\"=HYPERLINK(\\\"x\\\") & <b>\"}", true);
        assertThat(note.status()).as(note.body()).isEqualTo(201);

        Map<String, byte[]> archive = entries(export(manager, copy));
        assertThat(archive.keySet()).startsWith("manifest.json", "index.html", "index.en.html");
        String spanish = text(archive.get("index.html"));
        String english = text(archive.get("index.en.html"));
        assertThat(spanish).contains("<html lang=\"es-MX\">").contains("href=\"index.en.html\"")
                .contains("Capítulo").contains("En cumplimiento");
        assertThat(english).contains("<html lang=\"en\">").contains("href=\"index.html\"")
                .contains("Chapter").contains("In compliance");

        Set<String> contents = new TreeSet<>();
        for (Matcher m = CONTENT_PATH.matcher(text(archive.get("manifest.json"))); m.find(); ) {
            contents.add(m.group(1));
        }
        assertThat(contents).isNotEmpty();
        for (String page : new String[] {spanish, english}) {
            // Offline: nothing is fetched, no script runs.
            assertThat(page).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                    .contains("<style>");
            Set<String> linked = new TreeSet<>();
            for (Matcher m = HREF.matcher(page); m.find(); ) {
                String target = m.group(1);
                if (target.startsWith("files/")) {
                    assertThat(archive).as(target).containsKey(target);
                    linked.add(target);
                } else {
                    assertThat(target).matches("#chapter-\\d+|index(\\.en)?\\.html|https?://.*");
                }
            }
            assertThat(linked).as("every content is linked from the index").isEqualTo(contents);
            assertThat(page).contains("&lt;script&gt;alert('índice')&lt;/script&gt; Bitácora de turnos")
                    .contains("=HYPERLINK(\"x\") &amp; &lt;b&gt;");
        }
        // Readable names are link texts: each content is stored once, under its SHA-256.
        assertThat(archive.keySet().stream().filter(name -> name.startsWith("files/")).toList())
                .containsExactlyInAnyOrderElementsOf(contents);
    }

    @Test
    void anArchiveWithoutTheIndexStillImports() {
        AppClient body = users.in("en", "calea.pm");
        Map<String, byte[]> older = entries(export(body, DemoOrganisations.policeFile(jdbc)));
        older.remove("index.html");
        older.remove("index.en.html");
        importInto(body, newAgency("Police Older Archive"), zip(older));
    }

    @Test
    void anIndexPageTwiceOrUnderAnotherNameIsRefused() {
        AppClient body = users.in("en", "calea.pm");
        Map<String, byte[]> archive = entries(export(body, DemoOrganisations.policeFile(jdbc)));
        archive.put("index.fr.html", "<p>".getBytes(StandardCharsets.UTF_8));
        AppClient.Response refused = body.upload(imports(newAgency("Police Odd Archive")), "expediente.zip",
                zip(archive), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("index.fr.html").contains("Entry not allowed");
    }

    private String newAgency(String name) {
        AppClient.Response created = users.client("admin").sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"stateCode\":\"22\"}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String imports(String agency) {
        return "/api/v1/agencies/" + agency + "/accreditation-files/imports";
    }

    private static String importInto(AppClient client, String agency, byte[] archive) {
        AppClient.Response imported = client.upload(imports(agency), "expediente.zip", archive, false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.body().replaceAll(".*\"fileId\":\"([^\"]+)\".*", "$1");
    }

    private static byte[] export(AppClient client, String file) {
        AppClient.Response response = client.get("/api/v1/accreditation-files/" + file + "/export", "application/zip");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.bytes();
    }

    private static String firstStandard(byte[] manifest) {
        Matcher number = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(text(manifest));
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

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
}
