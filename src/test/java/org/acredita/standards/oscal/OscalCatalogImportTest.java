package org.acredita.standards.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** NIST OSCAL catalogs in and out through the API, on the real NIST files and a catalog the size of SP 800-53. */
@AcreditaIntegrationTest
class OscalCatalogImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPORTS = "/api/v1/manuals/imports";
    private static final List<String> TABLES = List.of("manual_edition", "chapter", "section", "standard", "element");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheBasicCatalogDetectedByItsContent() {
        AppClient manager = manager();
        // The real file as NIST publishes it, its format detected (a .json file with a "catalog" root).
        UUID edition = created(manager.upload(IMPORTS, OscalFiles.BASIC, OscalFiles.read(OscalFiles.BASIC), false));
        JsonNode manual = exported(manager, edition, "acredita-json");

        assertThat(manual.get("code").stringValue()).isEqualTo("SSCDT");
        assertThat(manual.get("version").stringValue()).isEqualTo("1.1");
        assertThat(manual.get("effectiveDate").stringValue()).isEqualTo("2023-10-12");
        assertThat(manual.get("authoritativeLanguage").stringValue()).isEqualTo("en");
        assertThat(manual.get("chapters")).extracting(chapter -> chapter.at("/title/en").stringValue())
                .containsExactly("Organization of Information Security", "Access control");
        assertThat(manual.at("/chapters/0/sections/0/title/en").stringValue()).isEqualTo("Internal Organization");
        assertThat(manual.get("standards")).extracting(standard -> standard.get("number").stringValue())
                .containsExactly("1.1.1", "1.1.2", "2.1.1", "2.1.2");
        JsonNode first = manual.at("/standards/0");
        assertThat(first.at("/title/en").stringValue()).isEqualTo("1.1.1 · Information security roles and responsibilities");
        assertThat(first.at("/title/es").isMissingNode()).isTrue();
        assertThat(first.get("translation").stringValue()).isEqualTo("MISSING");
        assertThat(first.get("level").stringValue()).isEqualTo("OTHER");
        // A selection whose first choice inserts another parameter, rendered as NIST renders it.
        assertThat(first.at("/statement/en").stringValue()).contains("A value has been assigned to [Selection (one or "
                + "more): initiating a device lock after [Assignment: a duration] of inactivity; requiring the user to "
                + "initiate a device lock before leaving the system unattended].");
        assertThat(first.at("/commentary/en").stringValue()).startsWith("Allocation of information security")
                .contains("\n\nIndividuals with allocated");
    }

    @Test
    void importsThePrivacyBaselineWithRenderedParametersAndLetteredElements() {
        AppClient manager = manager();
        long started = System.nanoTime();
        UUID edition = created(manager.upload(IMPORTS + "?format=oscal-json", "privacy.json",
                OscalFiles.read(OscalFiles.PRIVACY), false));
        System.out.printf("OSCAL import of the PRIVACY baseline (102 controls): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        JsonNode manual = exported(manager, edition, "acredita-json");

        assertThat(manual.get("code").stringValue()).isEqualTo("NIST-SP-800-53-R-5.1.1-PRIVACY-BASELINE");
        assertThat(manual.get("version").stringValue()).isEqualTo("5.1.1-u4");
        assertThat(manual.get("chapters")).hasSize(16);
        assertThat(manual.get("standards")).hasSize(102);
        JsonNode ac1 = manual.at("/standards/0");
        assertThat(ac1.get("number").stringValue()).isEqualTo("1.1");
        assertThat(ac1.at("/title/en").stringValue()).isEqualTo("AC-1 · Policy and Procedures");
        assertThat(ac1.get("elements")).extracting(element -> element.get("letter").stringValue())
                .containsExactly("a", "b", "c");
        assertThat(ac1.at("/elements/0/text/en").stringValue()).isEqualTo("""
                Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:
                1. [Selection (one or more): organization-level; mission/business process-level; system-level] \
                access control policy that:
                (a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among \
                organizational entities, and compliance; and
                (b) Is consistent with applicable laws, executive orders, directives, regulations, policies, \
                standards, and guidelines; and
                2. Procedures to facilitate the implementation of the access control policy and the associated \
                access controls;""");
        assertThat(ac1.at("/elements/1/text/en").stringValue()).startsWith("Designate an [Assignment: official]");
        // Enhancements follow their control, numbered below it.
        List<String> titles = new ArrayList<>();
        manual.get("standards").forEach(standard -> titles.add(standard.get("number").stringValue() + " "
                + standard.at("/title/en").stringValue()));
        assertThat(titles).anySatisfy(title -> assertThat(title).matches("1\\.2\\.1 AC-3\\(\\d+\\) · .*"));

        JsonNode catalog = exported(manager, edition, "oscal-json");
        assertThat(OscalFiles.schemaErrors(catalog)).as("official OSCAL 1.1.2 schema").isEmpty();
    }

    @Test
    void roundTripsTheRealCatalogsThroughAcredita() {
        AppClient manager = manager();
        for (String file : List.of(OscalFiles.BASIC, OscalFiles.PRIVACY)) {
            JsonNode original = JSON.readTree(OscalFiles.read(file));
            UUID edition = created(manager.upload(IMPORTS, file, withVersion(original, "rt-" + suffix()), false));
            JsonNode exported = exported(manager, edition, "oscal-json");
            assertThat(OscalFiles.schemaErrors(exported)).as("official OSCAL 1.1.2 schema").isEmpty();
            // Basic's ids (s1.1.1) are not derived from its labels (1.1.1); NIST's (ac-2.1 from AC-2(1)) are.
            boolean ownIds = file.equals(OscalFiles.BASIC);
            assertThat(outline(exported.get("catalog"), ownIds)).as(file)
                    .isEqualTo(outline(original.get("catalog"), ownIds));
            assertThat(exported.at("/catalog/metadata/title")).isEqualTo(original.at("/catalog/metadata/title"));

            // The export imported again gives the same standards: the texts survive the way back.
            UUID again = created(manager.upload(IMPORTS, "again.json", withVersion(exported, "rt2-" + suffix()), false));
            assertThat(exported(manager, again, "acredita-json").get("standards"))
                    .isEqualTo(exported(manager, edition, "acredita-json").get("standards"));
        }
    }

    @Test
    void importsAndExportsACatalogAsLargeAsSp80053() {
        AppClient manager = manager();
        byte[] file = JSON.writeValueAsBytes(SyntheticCatalog.build(JSON, "large-" + suffix()));
        long started = System.nanoTime();
        AppClient.Response response = manager.upload(IMPORTS, "large.json", file, false);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        UUID edition = created(response);
        assertThat(JSON.readTree(response.body()).get("standards").intValue()).isEqualTo(SyntheticCatalog.TOTAL)
                .isEqualTo(1200);

        started = System.nanoTime();
        JsonNode catalog = exported(manager, edition, "oscal-json");
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        List<String> errors = OscalFiles.schemaErrors(catalog);
        long validateMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("OSCAL synthetic catalog, %d controls, %d KB: import %d ms, export %d ms, schema check %d ms%n",
                SyntheticCatalog.TOTAL, file.length / 1024, importMillis, exportMillis, validateMillis);
        assertThat(errors).as("official OSCAL 1.1.2 schema").isEmpty();
        // The schema check is live down to the controls: a bad id three levels deep is caught.
        ObjectNode broken = (ObjectNode) catalog.deepCopy();
        ((ObjectNode) broken.at("/catalog/groups/3/controls/1/controls/1")).put("id", "2 bad");
        assertThat(OscalFiles.schemaErrors(broken)).singleElement()
                .satisfies(error -> assertThat(error).startsWith("/catalog/groups/3/controls/1/controls/1/id: "));
        assertThat(outline(catalog.get("catalog"), false)).hasSize(SyntheticCatalog.GROUPS + SyntheticCatalog.TOTAL);
        assertThat(catalog.at("/catalog/groups/0/controls/1/controls/0/id").stringValue()).isEqualTo("fax-2.1");
        assertThat(catalog.at("/catalog/groups/0/controls/0/parts/0/parts/0/prose").stringValue()).isEqualTo("""
                Review the controls [Assignment: organization-defined frequency] and report \
                [Selection (one or more): daily; weekly]:
                to the security officer.""");
    }

    @Test
    void exportsAnAcreditaManualInItsAuthoritativeLanguageAndReadsItBack() {
        AppClient manager = manager();
        String code = "OSC-" + suffix();
        UUID edition = created(manager.upload(IMPORTS, "manual.json", bytes("""
                {"format": "acredita-manual/1", "programme": "COMMUNICATIONS", "code": "%s", "version": "2026",
                 "title": {"es": "Manual ilustrativo", "en": "Illustrative manual"},
                 "effectiveDate": "2026-01-01", "transitionDate": "2026-06-30",
                 "authoritativeLanguage": "es", "requiredLanguages": ["es", "en"],
                 "tiers": [{"code": "BASIC", "name": {"es": "Básico", "en": "Basic"}}],
                 "chapters": [{"number": 1, "title": {"es": "Organización", "en": "Organisation"}},
                              {"number": 2, "title": {"es": "Operaciones", "en": "Operations"},
                               "sections": [{"number": 3, "title": {"es": "Despacho", "en": "Dispatch"}}]}],
                 "standards": [
                  {"number": "1.1", "title": {"es": "Misión", "en": "Mission"},
                   "statement": {"es": "La institución tiene una misión escrita.", "en": "The agency has a written mission."},
                   "level": "MANDATORY", "tiers": ["BASIC"]},
                  {"number": "1.1.2", "title": {"es": "Revisión", "en": "Review"},
                   "statement": {"es": "La misión se revisa:", "en": "The mission is reviewed:"}, "level": "OTHER",
                   "timeSensitivity": {"frequency": "BIENNIAL", "proof": {"es": "El acta de revisión.", "en": "The minutes."}},
                   "elements": [{"letter": "a", "text": {"es": "por el titular;", "en": "by the chief;"}},
                                {"letter": "b", "text": {"es": "con el personal.", "en": "with staff."}}]},
                  {"number": "2.1", "title": {"es": "Suelta", "en": "Loose"},
                   "statement": {"es": "Una norma sin sección.", "en": "A standard without a section."}, "level": "OTHER"},
                  {"number": "2.3.1", "title": {"es": "Llamadas", "en": "Calls"},
                   "statement": {"es": "Se atienden las llamadas.", "en": "Calls are answered."},
                   "commentary": {"es": "Comentario.", "en": "Commentary."},
                   "proofGuidance": {"es": "Grabaciones.", "en": "Recordings."}, "level": "MANDATORY"}]}
                """.formatted(code)), false));

        JsonNode catalog = exported(manager, edition, "oscal-json");
        assertThat(OscalFiles.schemaErrors(catalog)).as("official OSCAL 1.1.2 schema").isEmpty();
        assertThat(outline(catalog.get("catalog"), false)).containsExactly(
                "group Organización", "  control c1.1 Misión 0", "    control c1.1.2 Revisión 2",
                "group Operaciones", "  group Despacho", "    control c2.3.1 Llamadas 0", "  control c2.1 Suelta 0");

        UUID again = created(manager.upload(IMPORTS, "again.json", withVersion(catalog, "2026-oscal"), false));
        JsonNode back = exported(manager, again, "acredita-json");
        JsonNode original = exported(manager, edition, "acredita-json");
        assertThat(back.get("code")).isEqualTo(original.get("code"));
        assertThat(back.get("programme").stringValue()).isEqualTo("COMMUNICATIONS");
        assertThat(back.get("transitionDate").stringValue()).isEqualTo("2026-06-30");
        assertThat(back.get("tiers")).isEqualTo(JSON.readTree("[{\"code\": \"BASIC\", \"name\": {\"es\": \"Básico\"}}]"));
        assertThat(back.at("/standards/1/timeSensitivity")).isEqualTo(
                JSON.readTree("{\"frequency\": \"BIENNIAL\", \"proof\": {\"es\": \"El acta de revisión.\"}}"));
        assertThat(back.at("/standards/1/elements/1/text/es").stringValue()).isEqualTo("con el personal.");
        assertThat(back.at("/standards/0/level").stringValue()).isEqualTo("MANDATORY");
        assertThat(back.at("/standards/0/tiers/0").stringValue()).isEqualTo("BASIC");
        assertThat(back.at("/standards/3/proofGuidance/es").stringValue()).isEqualTo("Grabaciones.");
        // One language travels: the Spanish text, numbered again by its place in the catalog.
        assertThat(back.at("/standards/0/title")).isEqualTo(JSON.readTree("{\"es\": \"1.1 · Misión\"}"));
    }

    @Test
    void refusesWhatIsNotACatalogWithPointersAndStoresNothing() {
        AppClient manager = manager();
        Map<String, Long> before = counts();

        AppClient.Response profile = manager.upload(IMPORTS + "?format=oscal-json", "profile.json",
                bytes("{\"profile\": {\"uuid\": \"" + UUID.randomUUID() + "\"}}"), false);
        assertThat(profile.status()).isEqualTo(422);
        assertThat(errors(profile)).extracting(error -> error.get("location").stringValue()).containsExactly("/catalog");
        assertThat(profile.body()).contains("not an OSCAL catalog");

        AppClient.Response noMetadata = manager.upload(IMPORTS, "catalog.json", bytes("""
                {"catalog": {"groups": [{"id": "g", "title": "G", "controls": [{"id": "c-1"}, "x"]}]}}"""), false);
        assertThat(noMetadata.status()).isEqualTo(422);
        assertThat(errors(noMetadata)).extracting(error -> error.get("location").stringValue()).containsExactlyInAnyOrder(
                "/catalog/uuid", "/catalog/metadata", "/catalog/groups/0/controls/0/title",
                "/catalog/groups/0/controls/1");

        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/");
        AppClient.Response enEspanol = admin.upload(IMPORTS + "?format=oscal-json", "perfil.json", bytes("[1, 2]"), false);
        assertThat(enEspanol.status()).isEqualTo(422);
        assertThat(enEspanol.body()).contains("no es un catálogo OSCAL");

        // A problem found after the mapping (this edition exists already) points into the catalog.
        JsonNode basic = JSON.readTree(OscalFiles.read(OscalFiles.BASIC));
        byte[] once = withVersion(basic, "dup-" + suffix());
        created(manager.upload(IMPORTS, "basic.json", once, false));
        Map<String, Long> afterFirst = counts();
        AppClient.Response twice = manager.upload(IMPORTS, "basic.json", once, false);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(errors(twice)).extracting(error -> error.get("location").stringValue())
                .containsExactly("/catalog/metadata/version");
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(afterFirst.get("standard")).isEqualTo(before.get("standard") + 4);
    }

    /** Groups and controls depth first, each as its nesting, kind, title and (NIST) id. */
    private static List<String> outline(JsonNode node, boolean ignoreIds) {
        List<String> lines = new ArrayList<>();
        outline(node, "", ignoreIds, lines);
        return lines;
    }

    private static void outline(JsonNode node, String indent, boolean ignoreIds, List<String> lines) {
        for (JsonNode group : node.path("groups")) {
            lines.add(indent + "group " + group.get("title").stringValue());
            outline(group, indent + "  ", ignoreIds, lines);
        }
        for (JsonNode control : node.path("controls")) {
            lines.add(indent + "control " + (ignoreIds ? "" : control.get("id").stringValue() + " ")
                    + control.get("title").stringValue() + " " + items(control));
            outline(control, indent + "  ", ignoreIds, lines);
        }
    }

    private static int items(JsonNode control) {
        for (JsonNode part : control.path("parts")) {
            if ("statement".equals(part.path("name").stringValue())) {
                return part.path("parts").size();
            }
        }
        return 0;
    }

    private static byte[] withVersion(JsonNode catalog, String version) {
        ObjectNode copy = (ObjectNode) catalog.deepCopy();
        ((ObjectNode) copy.get("catalog").get("metadata")).put("version", version);
        return JSON.writeValueAsBytes(copy);
    }

    private static JsonNode exported(AppClient client, UUID edition, String format) {
        AppClient.Response response = client.get("/api/v1/manuals/" + edition + "/export?format=" + format);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
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

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
