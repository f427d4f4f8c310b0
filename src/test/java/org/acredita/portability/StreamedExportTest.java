package org.acredita.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The export is written after the request thread has let go (a streamed body): it must arrive whole, every stored
 * content read with the caller's reach, whether the caller signed in by form or calls with a token.
 */
@AcreditaIntegrationTest
class StreamedExportTest {

    private static final Pattern CONTENT = Pattern.compile("\"path\"\\s*:\\s*\"(files/[0-9a-f]{64})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private String username;
    private String file;

    @BeforeEach
    void aPersonOfThePoliceForce() {
        username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        file = DemoOrganisations.policeFile(jdbc);
    }

    @Test
    void exportArrivesWholeForATokenCaller() throws IOException {
        AppClient script = AppClient.withToken(port, NewAccounts.token(AppClient.signedIn(port, username, NewAccounts.PASSWORD), 1));
        assertWhole(script.get("/api/v1/accreditation-files/" + file + "/export", "application/zip"));
    }

    @Test
    void exportArrivesWholeForASignedInPerson() throws IOException {
        AppClient person = AppClient.signedIn(port, username, NewAccounts.PASSWORD);
        assertWhole(person.get("/api/v1/accreditation-files/" + file + "/export", "application/zip"));
        assertWhole(person.get("/accreditation-files/" + file + "/export", "application/zip"));
    }

    /** Opened by its central directory (a cut archive has none), every entry read and each content checked. */
    private static void assertWhole(AppClient.Response response) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Path archive = Files.createTempFile("export", ".zip");
        try {
            Files.write(archive, response.bytes());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            assertThat(entries).containsKey("manifest.json");
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            Set<String> listed = new TreeSet<>();
            for (Matcher m = CONTENT.matcher(manifest); m.find(); ) {
                listed.add(m.group(1));
            }
            assertThat(listed).as("the demo file has stored contents to stream").isNotEmpty();
            assertThat(entries.keySet()).containsAll(listed);
            entries.forEach((name, bytes) -> {
                if (name.startsWith("files/")) {
                    assertThat(sha256(bytes)).as(name).isEqualTo(name.substring("files/".length()));
                }
            });
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
