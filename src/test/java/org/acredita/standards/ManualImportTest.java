package org.acredita.standards;

import org.acredita.standards.internal.ManualImports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Importing, exporting, listing, publishing and refusing manuals through the API, as real users. */
@AcreditaIntegrationTest
class ManualImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final List<String> TABLES = List.of("manual_edition", "size_class", "tier", "chapter", "section",
            "standard", "standard_level", "standard_tier", "standard_function", "element", "crosswalk");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheTestManualAndRoundTripsItLosslesslyInJsonAndYaml() {
        AppClient manager = manager();
        String code = uniqueCode();
        UUID edition = importTestManual(manager, code);
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'MANUAL_IMPORTED' and target_id = ?")
                .param(edition.toString()).query(Long.class).single())).isEqualTo(1);

        AppClient.Response exported = manager.get("/api/v1/manuals/" + edition + "/export?format=acredita-json");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Disposition")).startsWith("attachment").contains(code + "-2026.json");
        String first = exported.body();
        JsonNode tree = JSON.readTree(first);
        assertThat(tree.get("standards")).extracting(standard -> standard.get("number").stringValue())
                .containsExactly("1.1.1", "1.1.2", "1.2.1", "1.2.9", "1.2.10", "2.1.1", "2.2.1", "2.2.2");
        assertThat(tree.at("/standards/1/translation").stringValue()).isEqualTo("MACHINE");
        assertThat(tree.at("/standards/1/levelBySizeClass/D").stringValue()).isEqualTo("MANDATORY");
        assertThat(tree.at("/crosswalk/entries/2/relationship").stringValue()).isEqualTo("REMOVED");

        // Import the export again (as a new version: an existing edition is never changed) and export that.
        String again = first.replace("\"version\" : \"2026\"", "\"version\" : \"2026-rt\"");
        assertThat(again).isNotEqualTo(first);
        UUID reimported = created(manager.upload("/api/v1/manuals/imports", "again.json", bytes(again), false));
        String second = manager.get("/api/v1/manuals/" + reimported + "/export?format=acredita-json").body();
        assertThat(second.replace("\"version\" : \"2026-rt\"", "\"version\" : \"2026\"")).isEqualTo(first);

        AppClient.Response yaml = manager.get("/api/v1/manuals/" + edition + "/export?format=acredita-yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Disposition")).contains(code + "-2026.yaml");
        String firstYaml = yaml.body();
        assertThat(YAML.readTree(firstYaml)).isEqualTo(tree);
        String yamlAgain = firstYaml.replaceFirst("(?m)^version: \"2026\"$", "version: \"2026-yaml\"");
        assertThat(yamlAgain).isNotEqualTo(firstYaml);
        UUID fromYaml = created(manager.upload("/api/v1/manuals/imports", "again.yaml", bytes(yamlAgain), false));
        String secondYaml = manager.get("/api/v1/manuals/" + fromYaml + "/export?format=acredita-yaml").body();
        assertThat(secondYaml.replace("version: \"2026-yaml\"", "version: \"2026\"")).isEqualTo(firstYaml);
    }

    @Test
    void refusesEachInvalidFileWithEveryProblemAndStoresNothing() {
        // The administrator reads Spanish; the demo programme manager (calea.pm) has chosen English.
        AppClient manager = AppClient.signedIn(port, "admin");
        manager.get("/");
        String code = uniqueCode();
        Map<String, Long> before = counts();

        AppClient.Response malformed = manager.upload("/api/v1/manuals/imports", "roto.json",
                bytes("{\n  \"format\": \"acredita-manual/1\",\n  \"code\" \"X\"\n}"), false);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(errors(malformed)).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).startsWith("3:");
            assertThat(error.get("message").stringValue()).contains("línea 3");
        });

        AppClient.Response malformedYaml = manager.upload("/api/v1/manuals/imports?format=acredita-yaml", "roto.txt",
                bytes("format: acredita-manual/1\nstandards: [unclosed\n"), false);
        assertThat(malformedYaml.status()).isEqualTo(422);
        assertThat(errors(malformedYaml)).hasSize(1);

        // Its crosswalk names an earlier edition that was never imported: one more problem.
        ObjectNode invalid = testManual(code, "2026", code);
        standard(invalid, 1).put("number", "1.1.1");
        ((ObjectNode) standard(invalid, 2).get("elements").get(2)).put("letter", "d");
        standard(invalid, 5).putArray("functions").add("SUBMARINE");
        ((ObjectNode) standard(invalid, 6).get("title")).remove("en");
        standard(invalid, 7).remove("statement");
        ((ObjectNode) invalid.get("crosswalk").get("entries").get(0)).put("to", "9.9.9");
        ((ArrayNode) standard(invalid, 0).get("tiers")).add("EXPERT");
        AppClient.Response refused = manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(invalid), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errors(refused)).extracting(error -> error.get("location").stringValue()).containsExactlyInAnyOrder(
                "/standards/7/statement", "/standards/1/number", "/standards/2/elements/2/letter",
                "/standards/5/functions/0", "/standards/6/title/en", "/crosswalk/entries/0/to", "/standards/0/tiers/2",
                "/crosswalk/fromEdition");
        assertThat(refused.body()).contains("El número de norma 1.1.1 está repetido")
                .contains("El inciso «d» debería ser «c»");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail", "instance", "errors");
        assertThat(problem.get("title").stringValue()).isEqualTo("Manual rechazado");
        assertThat(problem.get("status").intValue()).isEqualTo(422);
        assertThat(problem.get("detail").stringValue()).isEqualTo("El manual no se importó: 8 problema(s)."
                + " Corrija el archivo y vuelva a importarlo; no se guardó nada.");
        assertThat(problem.get("instance").stringValue()).isEqualTo("/api/v1/manuals/imports");
        assertThat(errors(refused)).allSatisfy(error ->
                assertThat(error.propertyNames()).containsExactlyInAnyOrder("location", "message"));

        AppClient.Response inEnglish = manager().upload("/api/v1/manuals/imports", "manual.yaml",
                YAML.writeValueAsBytes(invalid), false);
        assertThat(inEnglish.status()).isEqualTo(422);
        assertThat(errors(inEnglish)).hasSize(8);
        assertThat(inEnglish.body()).contains("Standard number 1.1.1 is repeated");

        AppClient.Response unknownFormat = manager.upload("/api/v1/manuals/imports?format=oscal-xml", "manual.json",
                JSON.writeValueAsBytes(testManual(code, "2026", null)), false);
        assertThat(unknownFormat.status()).isEqualTo(422);

        byte[] huge = new byte[ManualImports.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        AppClient.Response tooLarge = manager.upload("/api/v1/manuals/imports", "manual.json", huge, false);
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("20 MB");

        AppClient.Response empty = manager.upload("/api/v1/manuals/imports", "manual.json", new byte[0], false);
        assertThat(empty.status()).isEqualTo(422);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesNumbersBeyondWholeNumbersAndOverlappingSizeClassesWithTheirPlace() {
        AppClient manager = manager();
        String code = uniqueCode();
        Map<String, Long> before = counts();

        ObjectNode huge = testManual(code, "2026", null);
        ((ObjectNode) huge.get("chapters").get(1)).put("number", 3_000_000_000L);
        ((ObjectNode) huge.get("chapters").get(0).get("sections").get(0)).put("number", 3_000_000_000L);
        ((ObjectNode) huge.get("sizeClasses").get(3)).put("minPersonnel", 3_000_000_000L);
        AppClient.Response refused = manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(huge), false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errors(refused)).extracting(error -> error.get("location").stringValue())
                .contains("/chapters/1/number", "/chapters/0/sections/0/number", "/sizeClasses/3/minPersonnel");

        ObjectNode overlapping = testManual(code, "2026", null);
        ((ObjectNode) overlapping.get("sizeClasses").get(1)).put("minPersonnel", 20);
        ((ObjectNode) overlapping.get("sizeClasses").get(3)).remove("minPersonnel");
        ((ObjectNode) overlapping.get("sizeClasses").get(3)).put("minPersonnel", 900);
        AppClient.Response overlap = manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(overlapping), false);
        assertThat(overlap.status()).as(overlap.body()).isEqualTo(422);
        assertThat(errors(overlap)).extracting(error -> error.get("location").stringValue())
                .containsExactlyInAnyOrder("/sizeClasses/1/minPersonnel", "/sizeClasses/3/minPersonnel");
        assertThat(overlap.body()).contains("Size class B (20–199) overlaps size class A (1–24)")
                .contains("Size class D (900 or more) overlaps size class C (200–999)");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void agencyUsersMayNotImport() {
        AppClient agency = AppClient.signedIn(port, "gerente.policia");
        agency.get("/");
        Map<String, Long> before = counts();

        AppClient.Response response = agency.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(testManual(uniqueCode(), "2026", null)), false);

        assertThat(response.status()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void draftsAreHiddenFromAgenciesUntilPublished() {
        AppClient manager = manager();
        AppClient agency = AppClient.signedIn(port, "gerente.policia");
        String code = uniqueCode();
        UUID draft = created(manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(testManual(code, "2026", null)), false));

        assertThat(ids(manager.getJson("/api/v1/manuals"))).contains(draft.toString());
        assertThat(ids(agency.getJson("/api/v1/manuals"))).doesNotContain(draft.toString());
        assertThat(agency.getJson("/api/v1/manuals/" + draft).status()).isEqualTo(404);
        assertThat(agency.getJson("/api/v1/manuals/" + draft + "/standards").status()).isEqualTo(404);
        assertThat(agency.getJson("/api/v1/manuals/" + draft + "/export").status()).isEqualTo(404);

        AppClient.Response published = manager.sendJson("POST", "/api/v1/manuals/" + draft + "/publish", "{}", true);
        assertThat(published.status()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("status").stringValue()).isEqualTo("PUBLISHED");

        JsonNode detail = JSON.readTree(agency.getJson("/api/v1/manuals/" + draft).body());
        assertThat(detail.at("/title/en").stringValue()).startsWith("Test manual");
        assertThat(detail.get("transitionDate").stringValue()).isEqualTo("2026-07-01");
        JsonNode listed = listed(agency.getJson("/api/v1/manuals"), draft);
        assertThat(listed.get("code").stringValue()).isEqualTo(code);
        assertThat(listed.get("programme").stringValue()).isEqualTo("LAW_ENFORCEMENT");
        assertThat(listed.get("version").stringValue()).isEqualTo("2026");
        assertThat(listed.get("standards").intValue()).isEqualTo(8);
        assertThat(agency.sendJson("POST", "/api/v1/manuals/" + draft + "/retire", "{}", true).status())
                .isEqualTo(403);
    }

    @Test
    void aPublishedEditionIsNeverChangedByImport() {
        AppClient manager = manager();
        String code = uniqueCode();
        byte[] manual = JSON.writeValueAsBytes(testManual(code, "2026", null));
        UUID edition = created(manager.upload("/api/v1/manuals/imports", "manual.json", manual, false));
        assertThat(manager.sendJson("POST", "/api/v1/manuals/" + edition + "/publish", "{}", true).status())
                .isEqualTo(200);
        Map<String, Long> before = counts();

        AppClient.Response again = manager.upload("/api/v1/manuals/imports", "manual.json", manual, false);

        assertThat(again.status()).isEqualTo(422);
        assertThat(errors(again)).extracting(error -> error.get("location").stringValue()).containsExactly("/version");
        assertThat(again.body()).contains("import it as a new version");
        assertThat(counts()).isEqualTo(before);
        assertThat(manager.sendJson("POST", "/api/v1/manuals/" + edition + "/publish", "{}", true).status())
                .isEqualTo(400);
        // Even a statement that bypasses the services cannot change a published edition.
        assertThatThrownBy(() -> jdbc.sql("update standard set title_es = 'Otro' where edition_id = ?").param(edition)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("no longer a draft");
        assertThatThrownBy(() -> jdbc.sql("delete from element where standard_id in "
                + "(select id from standard where edition_id = ?)").param(edition).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update manual_edition set status = 'DRAFT' where id = ?").param(edition)
                .update()).isInstanceOf(DataAccessException.class);
        AppClient.Response retired = manager.sendJson("POST", "/api/v1/manuals/" + edition + "/retire", "{}", true);
        assertThat(JSON.readTree(retired.body()).get("status").stringValue()).isEqualTo("RETIRED");
    }

    @Test
    void listsStandardsInNaturalOrderWithFilters() {
        AppClient manager = manager();
        UUID edition = created(manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(testManual(uniqueCode(), "2026", null)), false));
        String base = "/api/v1/manuals/" + edition + "/standards";

        assertThat(numbers(manager.getJson(base + "?q=1.2"))).containsExactly("1.2.1", "1.2.9", "1.2.10");
        assertThat(numbers(manager.getJson(base + "?timeSensitive=true")))
                .containsExactly("1.2.9", "1.2.10", "2.2.1");
        assertThat(numbers(manager.getJson(base + "?level=OTHER"))).containsExactly("1.1.2", "1.2.10", "2.2.2");
        assertThat(numbers(manager.getJson(base + "?q=analisis"))).containsExactly("2.2.1");
        assertThat(numbers(manager.getJson(base + "?q=tactical"))).containsExactly("2.2.2");
        AppClient.Response page = manager.getJson(base + "?page=1&size=3");
        assertThat(numbers(page)).containsExactly("1.2.9", "1.2.10", "2.1.1");
        assertThat(JSON.readTree(page.body()).get("total").intValue()).isEqualTo(8);
        assertThat(manager.getJson(base + "?size=1000").status()).isEqualTo(400);

        JsonNode applicability = JSON.readTree(manager.getJson("/api/v1/manuals/" + edition
                + "/applicability?tier=ADVANCED&personnel=10&functions=K9").body());
        JsonNode cellChecks = applicability.get(5);
        assertThat(cellChecks.get("number").stringValue()).isEqualTo("2.1.1");
        assertThat(cellChecks.get("applies").booleanValue()).isFalse();
        assertThat(cellChecks.get("reasons").get(1).stringValue())
                .isEqualTo("Does not apply: the agency does not perform function HOLDING_FACILITY.");
        assertThat(applicability.get(3).get("level").stringValue()).isEqualTo("OTHER");
    }

    private UUID importTestManual(AppClient manager, String code) {
        ObjectNode previous = read("/standards/previous-edition.json");
        previous.put("code", code);
        AppClient.Response earlier = manager.upload("/api/v1/manuals/imports", "anterior.json",
                JSON.writeValueAsBytes(previous), false);
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);
        assertThat(JSON.readTree(earlier.body()).get("standards").intValue()).isEqualTo(3);
        AppClient.Response response = manager.upload("/api/v1/manuals/imports", "manual.json",
                JSON.writeValueAsBytes(testManual(code, "2026", code)), false);
        assertThat(JSON.readTree(response.body()).get("standards").intValue()).isEqualTo(8);
        return created(response);
    }

    /** The test manual under its own code; with the crosswalk when its earlier edition was imported. */
    private static ObjectNode testManual(String code, String version, String crosswalkCode) {
        ObjectNode manual = read("/standards/test-manual.json");
        manual.put("code", code);
        manual.put("version", version);
        if (crosswalkCode == null) {
            manual.remove("crosswalk");
        } else {
            ((ObjectNode) manual.get("crosswalk").get("fromEdition")).put("code", crosswalkCode);
        }
        return manual;
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = ManualImportTest.class.getResourceAsStream(resource)) {
            return (ObjectNode) JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private AppClient manager() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        return manager;
    }

    private static UUID created(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").stringValue());
    }

    private static List<JsonNode> errors(AppClient.Response response) {
        List<JsonNode> errors = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(errors::add);
        return errors;
    }

    private static List<String> ids(AppClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(edition -> ids.add(edition.get("id").stringValue()));
        return ids;
    }

    private static JsonNode listed(AppClient.Response response, UUID id) {
        for (JsonNode edition : JSON.readTree(response.body())) {
            if (edition.get("id").stringValue().equals(id.toString())) {
                return edition;
            }
        }
        throw new AssertionError(id + " is not listed");
    }

    private static List<String> numbers(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(standard -> numbers.add(standard.get("number").stringValue()));
        return numbers;
    }

    private static ObjectNode standard(ObjectNode manual, int index) {
        return (ObjectNode) manual.get("standards").get(index);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
