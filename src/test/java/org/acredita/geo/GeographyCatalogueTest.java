package org.acredita.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * INEGI's real catalogue, shipped with Acredita and loaded at first start, imported again through the API,
 * read back through the API and the pages; broken files rejected with every problem in the caller's
 * language and nothing written.
 */
@AcreditaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeographyCatalogueTest {

    /** INEGI's catalogue as Acredita ships it. */
    private static final String INEGI = "/" + ShippedCatalogue.RESOURCE;
    private static final int MUNICIPALITIES = 2478;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    byte[] catalogue;
    JsonNode firstImport;
    int beforeImport;

    /** The real file is imported once for the whole class; the other tests only read it or fail to change it. */
    @BeforeAll
    void importInegisCatalogue() throws IOException {
        try (InputStream shipped = GeographyCatalogueTest.class.getResourceAsStream(INEGI)) {
            assertThat(shipped).as("INEGI's catalogue ships at %s", INEGI).isNotNull();
            catalogue = shipped.readAllBytes();
        }
        int before = count();
        beforeImport = before;
        AppClient.Response response = admin().upload("/api/v1/geo/municipalities/imports", "municipios.json",
                catalogue, false);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        firstImport = JSON.readTree(response.body());
        assertThat(firstImport.get("total").asInt()).isEqualTo(MUNICIPALITIES);
        assertThat(firstImport.get("added").asInt()).isEqualTo(MUNICIPALITIES - before);
    }

    @Test
    void aFreshDeploymentHasTheShippedCatalogueLoadedOnceAtItsFirstStart() {
        assertThat(beforeImport).as("municipalities before any import").isEqualTo(MUNICIPALITIES);
        assertThat(system(() -> jdbc.sql("select actor_name || ' · ' || summary from audit_event"
                + " where action = 'MUNICIPALITIES_LOADED'").query(String.class).list()))
                .containsExactly("system · total=2478 · added=2478 · updated=0");
        assertThat(system(() -> jdbc.sql("select count(*) from mexican_state").query(Integer.class).single()))
                .isEqualTo(32);
    }

    @Test
    void theRealCatalogueGivesEveryMunicipalityInItsState() {
        assertThat(count()).isEqualTo(MUNICIPALITIES);
        assertThat(system(() -> jdbc.sql("select count(distinct state_code) from municipality").query(Integer.class)
                .single())).isEqualTo(32);
        assertThat(system(() -> jdbc.sql("select state_code || ' ' || name || ' ' || population from municipality"
                + " where code in ('09015', '31050', '20001') order by code").query(String.class).list()))
                .containsExactly("09 Cuauhtémoc 545884", "20 Abejones 841", "31 Mérida 995129");
    }

    @Test
    void statesAnswerWithTheirOfficialNamesAndCounts() {
        AppClient.Response response = AppClient.signedIn(port, "personal.policia").getJson("/api/v1/geo/states");

        assertThat(response.status()).isEqualTo(200);
        JsonNode states = JSON.readTree(response.body());
        assertThat(states.size()).isEqualTo(32);
        assertThat(state(states, "09")).isEqualTo("Ciudad de México · CDMX · 16");
        assertThat(state(states, "15")).isEqualTo("México · Mex. · 125");
        assertThat(state(states, "16")).isEqualTo("Michoacán de Ocampo · Mich. · 113");
        assertThat(state(states, "20")).isEqualTo("Oaxaca · Oax. · 570");
        assertThat(state(states, "30")).isEqualTo("Veracruz de Ignacio de la Llave · Ver. · 212");
        assertThat(state(states, "31")).isEqualTo("Yucatán · Yuc. · 106");
        int total = 0;
        for (JsonNode state : states) {
            total += state.get("municipalities").asInt();
        }
        assertThat(total).isEqualTo(MUNICIPALITIES);
    }

    @Test
    void municipalitiesAreSortedAsInSpanishWithTheirPopulation() {
        AppClient reader = AppClient.signedIn(port, "financiador");
        JsonNode cdmx = JSON.readTree(reader.getJson("/api/v1/geo/states/09/municipalities").body());

        List<String> names = new ArrayList<>();
        cdmx.forEach(m -> names.add(m.get("name").asString()));
        // Byte order would put "Álvaro Obregón" after "Xochimilco".
        assertThat(names).hasSize(16).startsWith("Álvaro Obregón", "Azcapotzalco", "Benito Juárez")
                .endsWith("Tlalpan", "Venustiano Carranza", "Xochimilco");
        JsonNode merida = find(JSON.readTree(reader.getJson("/api/v1/geo/states/31/municipalities").body()), "31050");
        assertThat(merida.get("name").asString()).isEqualTo("Mérida");
        assertThat(merida.get("population").asInt()).isEqualTo(995129);
        assertThat(merida.has("stateCode")).isFalse();
    }

    @Test
    void anUnknownStateIsAProblemNotFound() {
        AppClient.Response response = AppClient.signedIn(port, "personal.policia")
                .getJson("/api/v1/geo/states/33/municipalities");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("No encontramos lo que busca");
    }

    @Test
    void reimportingUpdatesWithoutDuplicatesAndIsAuditedOnce() {
        int events = auditEvents();

        AppClient.Response response = admin().upload("/api/v1/geo/municipalities/imports", "municipios.json",
                catalogue, false);

        assertThat(response.status()).isEqualTo(201);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("total").asInt()).isEqualTo(MUNICIPALITIES);
        assertThat(result.get("added").asInt()).isZero();
        assertThat(result.get("updated").asInt()).isEqualTo(MUNICIPALITIES);
        assertThat(count()).isEqualTo(MUNICIPALITIES);
        assertThat(auditEvents()).isEqualTo(events + 1);
        assertThat(system(() -> jdbc.sql("select summary from audit_event where action = 'MUNICIPALITIES_IMPORTED'"
                + " order by id desc limit 1").query(String.class).single()))
                .isEqualTo("total=2478 · added=0 · updated=2478");
    }

    @Test
    void aTruncatedFileIsRejectedWithWhereItBrokeOff() {
        // Cut inside Mérida's entry, right after its name: the parser stops on that member.
        String text = new String(catalogue, StandardCharsets.UTF_8);
        int merida = text.indexOf("\"nom_municipio\": \"Mérida\"");
        byte[] truncated = text.substring(0, merida + "\"nom_municipio\": \"Mérida\",".length())
                .getBytes(StandardCharsets.UTF_8);
        int meridaIndex = indexOf("31050");

        JsonNode errors = rejected(admin(), truncated, 1);

        assertThat(errors.get(0).get("location").asString()).isEqualTo("/" + meridaIndex + "/nom_municipio");
        assertThat(errors.get(0).get("message").asString()).startsWith("El archivo termina antes de tiempo (línea ")
                .endsWith("el JSON está incompleto. Descárguelo de nuevo.");
        JsonNode english = rejectedInEnglish(truncated, 1);
        assertThat(english.get(0).get("message").asString()).startsWith("The file ends too early (line ");
    }

    @Test
    void aHostileFileIsRefusedQuicklyWhereItGoesPastTheBounds() {
        // A member nested thousands of levels deep inside the first entry; then a name of twenty megabytes.
        byte[] deep = ("[{\"cve_completa\": \"01001\", \"extra\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}]")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode errors = refusedQuickly(deep);
        assertThat(errors.findValuesAsString("location")).anySatisfy(location -> assertThat(location).startsWith("/0/extra"));
        assertThat(errors.findValuesAsString("message")).anySatisfy(message ->
                assertThat(message).startsWith("El archivo excede lo que contiene un catálogo"));

        byte[] padded = ("[{\"cve_completa\": \"01001\", \"nom_municipio\": \"" + "a".repeat(20 * 1024 * 1024) + "\"}]")
                .getBytes(StandardCharsets.UTF_8);
        errors = refusedQuickly(padded);
        assertThat(errors.findValuesAsString("location")).anySatisfy(location -> assertThat(location).startsWith("/0"));
        assertThat(errors.findValuesAsString("message")).anySatisfy(message -> assertThat(message).contains("a lo más 16 MB"));
    }

    private JsonNode refusedQuickly(byte[] file) {
        String before = snapshot();
        long start = System.nanoTime();
        AppClient.Response response = admin().upload("/api/v1/geo/municipalities/imports", "municipios.json", file, false);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(snapshot()).isEqualTo(before);
        return JSON.readTree(response.body()).get("errors");
    }

    @Test
    void aDuplicateCodeIsRejectedWithBothPlaces() {
        byte[] file = entries(entry("01001", "Aguascalientes", 948990), entry("01002", "Asientos", 51536),
                entry("01001", "Otra vez", 1));

        JsonNode errors = rejected(admin(), file, 1);

        assertThat(errors.get(0).get("location").asString()).isEqualTo("/2/cve_completa");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("La clave «01001» está repetida: ya aparece en /0/cve_completa.");
        assertThat(rejectedInEnglish(file, 1).get(0).get("message").asString())
                .isEqualTo("The code \"01001\" is repeated: it already appears at /0/cve_completa.");
    }

    @Test
    void aCodeOfAStateThatDoesNotExistIsRejected() {
        byte[] file = entries(entry("01001", "Aguascalientes", 948990), entry("33001", "Inventado", 10));

        JsonNode errors = rejected(admin(), file, 1);

        assertThat(errors.get(0).get("location").asString()).isEqualTo("/1/cve_completa");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("La clave «33001» pertenece a la entidad «33», que no existe.");
        assertThat(rejectedInEnglish(file, 1).get(0).get("message").asString())
                .isEqualTo("The code \"33001\" belongs to state \"33\", which does not exist.");
    }

    @Test
    void aBlankNameIsRejected() {
        byte[] file = entries(entry("01001", "Aguascalientes", 948990), entry("01002", "  ", 51536));

        JsonNode errors = rejected(admin(), file, 1);

        assertThat(errors.get(0).get("location").asString()).isEqualTo("/1/nom_municipio");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Falta el nombre del municipio (nom_municipio).");
        assertThat(rejectedInEnglish(file, 1).get(0).get("message").asString())
                .isEqualTo("The municipality's name (nom_municipio) is missing.");
    }

    @Test
    void everyProblemIsListedAtOnceInFileOrder() {
        byte[] file = entries(entry("01001", "  ", 1), entry("33001", "Inventado", 10), entry("01001", "Otra", -3));

        JsonNode errors = rejected(admin(), file, 4);

        List<String> locations = new ArrayList<>();
        errors.forEach(e -> locations.add(e.get("location").asString()));
        assertThat(locations).containsExactly("/0/nom_municipio", "/1/cve_completa", "/2/cve_completa",
                "/2/poblacion_total");
    }

    @Test
    void aFileWithMoreProblemsThanAreListedGivesTheFirst200AndHowManyThereAre() {
        String[] blankNames = new String[250];
        for (int i = 0; i < blankNames.length; i++) {
            blankNames[i] = entry(String.format("01%03d", i + 1), " ", 1);
        }
        AppClient.Response response = admin().upload("/api/v1/geo/municipalities/imports", "municipios.json",
                entries(blankNames), false);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail", "instance", "errors");
        assertThat(problem.get("title").asString()).isEqualTo("Catálogo rechazado");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asString()).isEqualTo("No se importó nada: el archivo tiene 250 problemas;"
                + " aquí están los primeros 200. Corríjalos y vuelva a intentarlo.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/geo/municipalities/imports");
        assertThat(problem.get("errors").size()).isEqualTo(200);
        assertThat(problem.get("errors").get(199).propertyNames()).containsExactly("location", "message");
        assertThat(problem.get("errors").get(199).get("location").asString()).isEqualTo("/199/nom_municipio");
    }

    @Test
    void anEmptyUploadIsRefusedAsAMissingFile() {
        String before = snapshot();

        AppClient.Response response = admin().upload("/api/v1/geo/municipalities/imports", "municipios.json",
                new byte[0], false);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Elija el archivo JSON de municipios de INEGI.").contains("\"field\":\"file\"");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theApiIsDescribed() {
        String openApi = AppClient.signedIn(port, "admin").getJson("/v3/api-docs").body();

        assertThat(openApi).contains("/api/v1/geo/states", "/api/v1/geo/states/{code}/municipalities",
                "/api/v1/geo/municipalities/imports");
    }

    @Test
    void onlyAdministratorsImport() {
        String before = snapshot();
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/geo");

        assertThat(manager.upload("/api/v1/geo/municipalities/imports", "municipios.json", catalogue, false).status())
                .isEqualTo(403);
        assertThat(manager.upload("/geo/imports", "municipios.json", catalogue, true).status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void pagesListTheStatesAndAStatesMunicipalities() {
        AppClient staff = AppClient.signedIn(port, "personal.policia");

        String overview = staff.get("/geo").body();
        assertThat(overview).contains("Geografía de México").contains("32 entidades federativas y 2,478 municipios")
                .contains("href=\"/geo/states/16\">Michoacán de Ocampo</a>").doesNotContain("action=\"/geo/imports\"");

        AppClient.Response yucatan = staff.get("/geo/states/31");
        assertThat(yucatan.status()).isEqualTo(200);
        assertThat(yucatan.body()).contains("<h1 class=\"h3\" data-testid=\"state-name\">Yucatán</h1>")
                .contains("106 municipios").contains("Mérida").contains("<code>31050</code>").contains("995,129");
        assertThat(staff.get("/geo/states/33").status()).isEqualTo(404);
        assertThat(AppClient.signedIn(port, "financiador").get("/geo/states/31").body())
                .contains("106 municipalities").contains("Population").contains("995,129");
    }

    @Test
    void administratorsImportOnThePageAndSeeEveryProblem() {
        AppClient admin = admin();
        assertThat(admin.get("/geo").body()).contains("action=\"/geo/imports\"").contains("enctype=\"multipart/form-data\"");
        String before = snapshot();

        AppClient.Response refused = admin.upload("/geo/imports", "municipios.json",
                entries(entry("01001", "Aguascalientes", 948990), entry("33001", "Inventado", 10)), true);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("data-testid=\"import-problems\"").contains("<code>/1/cve_completa</code>")
                .contains("La clave «33001» pertenece a la entidad «33», que no existe.")
                .contains("No se importó nada: el archivo tiene un problema.");
        assertThat(snapshot()).isEqualTo(before);

        AppClient.Response imported = admin.upload("/geo/imports", "municipios.json",
                entries(entry("09015", "Cuauhtémoc", 545884), entry("31050", "Mérida", 995129)), true);
        assertThat(imported.status()).isEqualTo(302);
        assertThat(admin.get("/geo").body()).contains("Catálogo importado: 2 municipios (0 nuevos, 2 actualizados).");
    }

    private JsonNode rejected(AppClient client, byte[] file, int problems) {
        String before = snapshot();
        int events = auditEvents();
        AppClient.Response response = client.upload("/api/v1/geo/municipalities/imports", "municipios.json", file, false);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(problems);
        assertThat(snapshot()).as("the catalogue is unchanged").isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(events);
        return errors;
    }

    /**
     * A signed-in person's saved language wins over the browser's, so the administrator switches to
     * English for the request (and back, as other test classes expect Spanish).
     */
    private JsonNode rejectedInEnglish(byte[] file, int problems) {
        AppClient admin = admin().language("en");
        admin.postForm("/language", java.util.Map.of("lang", "en", "redirect", "/geo"));
        try {
            admin.get("/geo");
            return rejected(admin, file, problems);
        } finally {
            admin.postForm("/language", java.util.Map.of("lang", "es-MX", "redirect", "/geo"));
        }
    }

    private AppClient admin() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/geo");
        return admin;
    }

    private static String entry(String code, String name, int population) {
        return "{\"cve_entidad\": \"" + code.substring(0, 2) + "\", \"cve_completa\": \"" + code
                + "\", \"nom_municipio\": \"" + name + "\", \"poblacion_total\": " + population + "}";
    }

    private static byte[] entries(String... entries) {
        return ("[\n" + String.join(",\n", entries) + "\n]").getBytes(StandardCharsets.UTF_8);
    }

    private int indexOf(String code) {
        JsonNode list = JSON.readTree(catalogue);
        for (int i = 0; i < list.size(); i++) {
            if (code.equals(list.get(i).get("cve_completa").asString())) {
                return i;
            }
        }
        throw new AssertionError(code + " is not in INEGI's catalogue");
    }

    private static String state(JsonNode states, String code) {
        JsonNode state = find(states, code);
        return state.get("name").asString() + " · " + state.get("abbreviation").asString() + " · "
                + state.get("municipalities").asInt();
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode node : list) {
            if (code.equals(node.get("code").asString())) {
                return node;
            }
        }
        throw new AssertionError(code + " not in " + list);
    }

    private int count() {
        return system(() -> jdbc.sql("select count(*) from municipality").query(Integer.class).single());
    }

    /** Everything an import would touch, including when each row was last written. */
    private String snapshot() {
        return system(() -> jdbc.sql("select count(*) || ' ' || coalesce(sum(population), 0) || ' '"
                + " || coalesce(max(imported_at)::text, '-') from municipality").query(String.class).single());
    }

    private int auditEvents() {
        return system(() -> jdbc.sql("select count(*) from audit_event where action = 'MUNICIPALITIES_IMPORTED'")
                .query(Integer.class).single());
    }

    private static <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }
}
