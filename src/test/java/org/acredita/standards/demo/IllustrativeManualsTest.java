package org.acredita.standards.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.standards.internal.ImportedManual;
import org.acredita.standards.internal.ManualImports;
import org.acredita.standards.format.ManualDocument;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** In demo mode the three illustrative manuals are imported through the ordinary import and published. */
@AcreditaIntegrationTest
class IllustrativeManualsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AccessScope ADMIN = new AccessScope(null, "system", null, Set.of(Role.ADMIN),
            AccessScope.SYSTEM.read(), AccessScope.SYSTEM.write());

    @LocalServerPort
    int port;

    @Autowired
    ManualImports imports;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IllustrativeManuals illustrativeManuals;

    @Test
    void theDemoListsTheThreePublishedIllustrativeManuals() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        AppClient.Response response = manager.getJson("/api/v1/manuals");
        assertThat(response.status()).isEqualTo(200);
        JsonNode listed = JSON.readTree(response.body());

        for (String resource : IllustrativeManuals.RESOURCES) {
            ManualDocument manual = IllustrativeManualContentTest.manual(resource);
            List<JsonNode> same = new ArrayList<>();
            listed.forEach(edition -> {
                if (edition.get("code").stringValue().equals(manual.code())
                        && edition.get("version").stringValue().equals(manual.version())) {
                    same.add(edition);
                }
            });
            assertThat(same).as(resource).singleElement().satisfies(edition -> {
                assertThat(edition.get("status").stringValue()).isEqualTo("PUBLISHED");
                assertThat(edition.get("programme").stringValue()).isEqualTo(manual.programme());
                assertThat(edition.get("standards").intValue()).isEqualTo(manual.standards().size());
            });
        }
        // A later start finds them and imports nothing again.
        CurrentScope.runAs(AccessScope.SEEDING, illustrativeManuals::seed);
        assertThat(JSON.readTree(manager.getJson("/api/v1/manuals").body())).hasSameSizeAs(listed);
        assertThat(IllustrativeManuals.RESOURCES).extracting(r -> IllustrativeManualContentTest.manual(r).programme())
                .containsExactly("LAW_ENFORCEMENT", "COMMUNICATIONS", "TRAINING_ACADEMY");
    }

    /** Through the service a customer's file goes through, as another version, rolled back afterwards. */
    @Test
    void eachFileImportsWithoutProblemsAndQuickly() {
        for (String resource : IllustrativeManuals.RESOURCES) {
            String text = new String(IllustrativeManuals.read(resource), StandardCharsets.UTF_8);
            String otherVersion = text.replaceFirst("(?m)^version: \"2026\"$", "version: \"2026-check\"");
            assertThat(otherVersion).isNotEqualTo(text);
            ManualDocument manual = IllustrativeManualContentTest.manual(resource);
            long start = System.nanoTime();
            ImportedManual imported = CurrentScope.runAs(ADMIN, () -> transactions.execute(status -> {
                status.setRollbackOnly();
                return imports.importManual(resource, null,
                        new ByteArrayInputStream(otherVersion.getBytes(StandardCharsets.UTF_8)));
            }));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(imported.standards()).isEqualTo(manual.standards().size());
            assertThat(millis).as(resource + " import time (ms)").isLessThan(2_000);
            org.slf4j.LoggerFactory.getLogger(IllustrativeManualsTest.class).info("{}: {} standards imported in {} ms",
                    resource, imported.standards(), millis);
        }
    }
}
