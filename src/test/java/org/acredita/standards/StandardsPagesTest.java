package org.acredita.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The manual pages as people see them, in Spanish and English: programmes and editions, an edition by
 * chapter, one standard side by side, search, comparison and import; drafts only for managers.
 */
@AcreditaIntegrationTest
class StandardsPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String code;
    private UUID earlier;
    private UUID later;

    /** The earlier edition stays a draft; the later one, with a crosswalk to it, is published. */
    @BeforeEach
    void importTheTestManuals() {
        AppClient manager = manager();
        code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode previous = read("/standards/previous-edition.json");
        previous.put("code", code);
        earlier = created(manager.upload("/api/v1/manuals/imports", "anterior.json", JSON.writeValueAsBytes(previous), false));
        ObjectNode manual = read("/standards/test-manual.json");
        manual.put("code", code);
        ((ObjectNode) manual.get("crosswalk").get("fromEdition")).put("code", code);
        // An accented word in Spanish and its English counterpart, to search for both without accents.
        ObjectNode force = (ObjectNode) manual.get("standards").get(6);
        assertThat(force.get("number").stringValue()).isEqualTo("2.2.1");
        force.set("title", JSON.createObjectNode().put("es", "Política de uso de la fuerza").put("en", "Use-of-force policy"));
        later = created(manager.upload("/api/v1/manuals/imports", "manual.json", JSON.writeValueAsBytes(manual), false));
        assertThat(manager.postForm("/manuals/" + later + "/publish", Map.of()).status()).isEqualTo(302);
    }

    @Test
    void listsProgrammesAndEditionsWithDraftsOnlyForManagers() {
        String spanish = admin().get("/manuals").body();
        assertThat(spanish).contains("Manuales de normas", "Borrador", "Publicada",
                "/manuals/" + earlier, "/manuals/" + later, "Importar manual");
        String english = manager().get("/manuals").body();
        assertThat(english).contains("Standards manuals", "Draft", "Published", "Import manual");

        AppClient agency = AppClient.signedIn(port, "gerente.policia");
        AppClient.Response list = agency.get("/manuals");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/manuals/" + later, "Normas").doesNotContain("/manuals/" + earlier)
                .doesNotContain("Importar manual");
        assertThat(agency.get("/manuals/" + earlier).status()).isEqualTo(404);
        assertThat(agency.get("/manuals/" + earlier + "/standards/1.1.1").status()).isEqualTo(404);
        assertThat(agency.get("/manuals/" + later).body()).doesNotContain("data-testid=\"retire\"");
        assertThat(agency.get("/manuals/import").status()).isIn(403, 404);
    }

    @Test
    void showsAnEditionByChapterWithExportsAndManagerActions() {
        String spanish = admin().get("/manuals/" + later).body();
        assertThat(spanish).contains("Capítulo 1", "Organización y dirección", "Capítulo 2", "Operaciones",
                "Organigrama", "Obligatoria", "Con vigencia periódica", "Avanzado",
                "/api/v1/manuals/" + later + "/export?format=acredita-json",
                "/api/v1/manuals/" + later + "/export?format=acredita-yaml", "data-testid=\"retire\"", "data-confirm=");
        String english = manager().get("/manuals/" + later).body();
        assertThat(english).contains("Chapter 1", "Organisation and direction", "Organisation chart", "Mandatory",
                "Time-sensitive", "Advanced", "Export JSON", "Export YAML");
        assertThat(admin().get("/manuals/" + earlier).body()).contains("data-testid=\"publish\"");
    }

    @Test
    void showsAStandardInSpanishAndEnglishSideBySide() {
        AppClient.Response page = admin().get("/manuals/" + later + "/standards/1.2.1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("las líneas de mando;", "the chain of command;", "Nivel por clase de tamaño",
                "Traducción revisada", "Parte de la anterior", code + " 2024", "1.1.2");
        assertThat(manager().get("/manuals/" + later + "/standards/1.2.1").body())
                .contains("Level by size class", "Translation reviewed", "Part of the earlier one", "Spanish", "English");

        String values = admin().get("/manuals/" + later + "/standards/1.1.2").body();
        assertThat(values).contains("No obligatoria", "Obligatoria", "De 200 a 999", "o más");
        String holding = manager().get("/manuals/" + later + "/standards/2.1.1").body();
        assertThat(holding).contains("Holding facility", "Applies only to agencies that perform:", "New");
        assertThat(admin().get("/manuals/" + later + "/standards/1.2.9").body()).contains("Trimestral",
                "El informe trimestral de inspección.", "The quarterly inspection report.");
        assertThat(admin().get("/manuals/" + later + "/standards/9.9.9").status()).isEqualTo(404);
    }

    @Test
    void searchesByNumberAndWordsIgnoringAccentsInBothLanguages() {
        String spanish = admin().get("/manuals/" + later + "/search?q=politica").body();
        assertThat(spanish).contains("1 norma encontrada", "/standards/2.2.1", "<mark>Política</mark>");
        String english = manager().get("/manuals/" + later + "/search?q=policy").body();
        assertThat(english).contains("1 standard found", "<mark>policy</mark>");
        assertThat(manager().get("/manuals/" + later + "/search?q=revision").body())
                .contains("2 standards found", "<mark>Revisión</mark>");

        String prefix = admin().get("/manuals/" + later + "/search?q=1.2").body();
        assertThat(prefix).contains("3 normas encontradas", "/standards/1.2.10").doesNotContain("/standards/2.1.1\"");
        assertThat(admin().get("/manuals/" + later + "/search?function=K9").body())
                .contains("1 norma encontrada", "/standards/2.2.2");
        assertThat(admin().get("/manuals/" + later + "/search?timeSensitive=true&level=MANDATORY").body())
                .contains("2 normas encontradas", "/standards/1.2.9", "/standards/2.2.1");
        assertThat(admin().get("/manuals/" + later + "/search?tier=BASIC&q=mision").body())
                .contains("1 norma encontrada", "/standards/1.1.1");
        assertThat(admin().get("/manuals/" + later + "/search?q=%3Cscript%3E").body())
                .contains("Ninguna norma coincide").doesNotContain("<script>alert");
    }

    @Test
    void comparesTwoEditionsUsingTheCrosswalk() {
        String spanish = admin().get("/manuals/compare?from=" + earlier + "&to=" + later).body();
        assertThat(spanish).contains("Agregadas: 6", "Eliminadas: 1", "Cambiadas: 2", "Archivo histórico",
                "Parte de la anterior");
        String english = manager().get("/manuals/compare?from=" + earlier + "&to=" + later).body();
        assertThat(english).contains("Added: 6", "Removed: 1", "Changed: 2", "Historical archive");
        assertThat(AppClient.signedIn(port, "gerente.policia").get("/manuals/compare?from=" + earlier + "&to=" + later)
                .status()).isEqualTo(404);
    }

    @Test
    void importPageReportsEveryErrorOfABrokenFileAndCreatesADraftFromAGoodOne() {
        AppClient manager = admin();
        assertThat(manager.get("/manuals/import").body()).contains("Importar un manual", "htmx-indicator");
        manager.get("/manuals/import");
        AppClient.Response broken = manager.upload("/manuals/import", "roto.json",
                "{\"format\": \"acredita-manual/1\", \"standards\": [{\"number\": \"x\"}]}".getBytes(StandardCharsets.UTF_8),
                true);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body()).contains("Errores del archivo", "Ubicación", "no se guardó nada", "<code>/");

        AppClient english = manager();
        english.get("/manuals/import");
        assertThat(english.upload("/manuals/import", "broken.json", "{".getBytes(StandardCharsets.UTF_8), true).body())
                .contains("Errors in the file", "nothing was stored");

        ObjectNode previous = read("/standards/previous-edition.json");
        previous.put("code", "P-" + UUID.randomUUID().toString().substring(0, 8));
        manager.get("/manuals/import");
        AppClient.Response good = manager.upload("/manuals/import", "bueno.json", JSON.writeValueAsBytes(previous), true);
        assertThat(good.status()).isEqualTo(302);
        String draft = java.net.URI.create(good.header("Location")).getPath();
        assertThat(draft).startsWith("/manuals/");
        assertThat(manager.get(draft).body()).contains("Manual importado como borrador con 3 normas.",
                "Borrador");
    }

    /** Administración, who reads in Spanish and manages manuals too. */
    private AppClient admin() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/");
        return admin;
    }

    /** The programme manager, who reads in English. */
    private AppClient manager() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        return manager;
    }

    private static UUID created(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").stringValue());
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = StandardsPagesTest.class.getResourceAsStream(resource)) {
            return (ObjectNode) JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
