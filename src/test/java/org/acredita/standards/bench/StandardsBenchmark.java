package org.acredita.standards.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.Latency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The performance targets of issue 3 §6, measured on demand (never in the normal build):
 * <pre>./mvnw -B -Pbenchmark verify</pre>
 * Imports three generated 2,000-standard bilingual manuals through the API (wall time of each request),
 * loads ten editions of about 460 standards, then times many sequential requests to the chapter page,
 * the standard list API and the search (page and API) after a warm-up, and prints p50/p95/max.
 * The times are measured by the client over loopback, so they are server time plus well under 1 ms.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
public class StandardsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importChapterPageAndSearch() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        StringBuilder report = new StringBuilder("\n==== Standards benchmark (issue 3) ====\n");

        // Warm the import path once with a small manual so the first measured import is not class loading.
        upload(manager, ManualGenerator.manual("W" + run, "warm", 40, 4, 1));
        for (int i = 1; i <= 3; i++) {
            byte[] file = ManualGenerator.manual("BIG" + run, "v" + i, 2000, 12, i);
            long start = System.nanoTime();
            UUID id = upload(manager, file);
            double ms = (System.nanoTime() - start) / 1e6;
            report.append(String.format("import 2,000 standards (%,d bytes) #%d: %.0f ms (edition %s)%n", file.length, i,
                    ms, id));
        }

        List<UUID> editions = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            byte[] file = ManualGenerator.manual("ED" + run + i, "2026", 460, 10, 100 + i);
            long start = System.nanoTime();
            editions.add(upload(manager, file));
            report.append(String.format("import 460 standards #%d: %.0f ms%n", i, (System.nanoTime() - start) / 1e6));
        }
        UUID target = editions.get(4);
        String page = "/manuals/" + target;
        String api = "/api/v1/manuals/" + target;

        report.append(String.format("%-62s %8s %8s %8s%n", "request (edition of 460 standards, 13 generated editions)",
                "p50 ms", "p95 ms", "max ms"));
        measure(report, manager, "chapter page " + "GET /manuals/{id}", List.of(page), false);
        measure(report, manager, "standard list GET /api/v1/manuals/{id}/standards?page=0&size=50",
                List.of(api + "/standards?page=0&size=50"), true);
        List<String> words = List.of("capacitacion", "evidencia", "uso%20de%20la%20fuerza", "detention", "records",
                "vehiculos", "supervisor", "custodia");
        List<String> numbers = List.of("4.2", "7", "3.1", "10.4");
        measure(report, manager, "search page GET /manuals/{id}/search?q=<word> (8 queries)",
                words.stream().map(w -> page + "/search?q=" + w).toList(), false);
        measure(report, manager, "search page GET /manuals/{id}/search?q=<number prefix> (4)",
                numbers.stream().map(n -> page + "/search?q=" + n).toList(), false);
        measure(report, manager, "search API GET .../standards?q=<word> (8 queries)",
                words.stream().map(w -> api + "/standards?q=" + w).toList(), true);
        measure(report, manager, "search API GET .../standards?q=<number prefix> (4)",
                numbers.stream().map(n -> api + "/standards?q=" + n).toList(), true);
        if (Boolean.getBoolean("benchmark.explain")) {
            explain(report, target);
        }
        System.out.println(report);
    }

    /** With -Dbenchmark.explain=true: the plans of the queries behind the chapter page and the search. */
    private void explain(StringBuilder report, UUID edition) {
        String spanish = "unaccent(coalesce(s.title_es, '') || ' ' || coalesce(s.statement_es, ''))";
        String english = "unaccent(coalesce(s.title_en, '') || ' ' || coalesce(s.statement_en, ''))";
        List<String> queries = List.of(
                "select * from standard where edition_id = :e order by sort_key",
                "select s.chapter_id, s.number, s.title_es, s.title_en from section s join chapter c on c.id = s.chapter_id"
                        + " where c.edition_id = :e order by s.position",
                "select l.standard_id, c.code, l.level from standard_level l join size_class c on c.id = l.size_class_id"
                        + " where c.edition_id = :e order by c.position",
                "select st.standard_id, t.code from standard_tier st join tier t on t.id = st.tier_id"
                        + " where t.edition_id = :e order by t.position",
                "select sf.standard_id, f.code from standard_function sf join standard s on s.id = sf.standard_id"
                        + " join agency_function f on f.code = sf.function_code where s.edition_id = :e order by f.position",
                "select e.standard_id, e.letter, e.text_es, e.text_en from element e join standard s on s.id = e.standard_id"
                        + " where s.edition_id = :e order by e.position",
                "select e.id, (select count(*) from standard s where s.edition_id = e.id) from manual_edition e where e.id = :e",
                "select s.id from standard s where s.edition_id = :e and (s.number = :q or s.number like :q || '.%'"
                        + " or to_tsvector('spanish', " + spanish + ") @@ plainto_tsquery('spanish', unaccent(:q))"
                        + " or to_tsvector('english', " + english + ") @@ plainto_tsquery('english', unaccent(:q))"
                        + " or unaccent(lower(coalesce(s.title_es, '') || ' ' || coalesce(s.title_en, '')))"
                        + " like unaccent(lower('%' || :q || '%'))) order by s.sort_key limit 200");
        for (String query : queries) {
            report.append("\n").append(query).append('\n');
            jdbc.sql("explain (analyze, buffers) " + query).param("e", edition).param("q", "custodia")
                    .query((rs, row) -> rs.getString(1)).list().forEach(line -> report.append("  ").append(line).append('\n'));
        }
    }

    private UUID upload(AppClient manager, byte[] file) {
        AppClient.Response response = manager.upload("/api/v1/manuals/imports", "manual.json", file, false);
        if (response.status() != 201) {
            throw new AssertionError("import failed: " + response.status() + " " + response.body());
        }
        return UUID.fromString(JSON.readTree(response.body()).get("id").stringValue());
    }

    private static void measure(StringBuilder report, AppClient client, String name, List<String> paths, boolean json) {
        Latency.measure(report, client, name, paths, json);
    }

    /** Realistic bilingual manuals: chapters with sections, standards with elements, commentary, proofs. */
    public static final class ManualGenerator {

        private static final String[][] TOPICS = {
            {"Capacitación del personal", "Personnel training"}, {"Uso de la fuerza", "Use of force"},
            {"Custodia de detenidos", "Custody of detainees"}, {"Evidencia y cadena de custodia", "Evidence and chain of custody"},
            {"Vehículos oficiales", "Official vehicles"}, {"Registros e informes", "Records and reports"},
            {"Atención a víctimas", "Victim assistance"}, {"Supervisión y mando", "Supervision and command"},
            {"Comunicaciones de emergencia", "Emergency communications"}, {"Armamento y equipo", "Weapons and equipment"},
            {"Ética y asuntos internos", "Ethics and internal affairs"}, {"Selección y promoción", "Selection and promotion"},
            {"Planeación estratégica", "Strategic planning"}, {"Participación comunitaria", "Community engagement"},
            {"Tránsito y vialidad", "Traffic"}, {"Salud y seguridad laboral", "Occupational health and safety"}};
        private static final String[][] ACTIONS = {
            {"La institución establece por escrito un procedimiento para", "The agency has a written directive for"},
            {"Una directiva regula", "A written directive governs"},
            {"El titular designa a un responsable de", "The chief executive designates a person responsible for"},
            {"La institución revisa cada año", "The agency reviews annually"},
            {"El personal recibe formación sobre", "Personnel receive training on"},
            {"La institución documenta y conserva los registros de", "The agency documents and keeps records of"}};
        private static final String[][] OBJECTS = {
            {"la capacitación inicial y continua del personal", "initial and in-service training of personnel"},
            {"el uso de la fuerza y su análisis", "the use of force and its analysis"},
            {"la custodia y el traslado de personas detenidas", "the custody and transport of detainees"},
            {"el resguardo de la evidencia y su cadena de custodia", "the safekeeping of evidence and its chain of custody"},
            {"la inspección de vehículos y equipo", "the inspection of vehicles and equipment"},
            {"la atención y orientación a víctimas del delito", "the assistance and guidance of crime victims"},
            {"la supervisión de las operaciones en campo", "the supervision of field operations"},
            {"las quejas del público y la investigación interna", "complaints from the public and internal investigation"},
            {"la recepción de llamadas de emergencia y el despacho", "emergency call taking and dispatch"},
            {"la protección de datos personales en los registros", "the protection of personal data in records"}};
        private static final String[][] ELEMENTS = {
            {"los criterios y las autorizaciones necesarias;", "the criteria and required authorisations;"},
            {"las responsabilidades del supervisor;", "the responsibilities of the supervisor;"},
            {"los formatos y registros que se conservan;", "the forms and records kept;"},
            {"la revisión periódica de los resultados;", "the periodic review of results;"},
            {"la comunicación al personal afectado.", "the communication to affected personnel."}};

        public static byte[] manual(String code, String version, int standards, int chapters, long seed) {
            Random random = new Random(seed);
            ObjectNode manual = JSON.createObjectNode();
            manual.put("format", "acredita-manual/1");
            manual.put("programme", "LAW_ENFORCEMENT");
            manual.put("code", code);
            manual.put("version", version);
            text(manual, "title", "Manual generado " + code + " " + version, "Generated manual " + code + " " + version);
            manual.put("effectiveDate", "2026-01-01");
            manual.put("authoritativeLanguage", "es");
            manual.putArray("requiredLanguages").add("es").add("en");
            ArrayNode sizes = manual.putArray("sizeClasses");
            sizes.addObject().put("code", "A").put("minPersonnel", 1).put("maxPersonnel", 24);
            sizes.addObject().put("code", "B").put("minPersonnel", 25).put("maxPersonnel", 199);
            sizes.addObject().put("code", "C").put("minPersonnel", 200);
            ArrayNode tiers = manual.putArray("tiers");
            ObjectNode basic = tiers.addObject().put("code", "BASIC");
            text(basic, "name", "Básico", "Basic");
            ObjectNode advanced = tiers.addObject().put("code", "ADVANCED");
            text(advanced, "name", "Avanzado", "Advanced");
            int sections = 4;
            ArrayNode chapterArray = manual.putArray("chapters");
            for (int c = 1; c <= chapters; c++) {
                String[] topic = TOPICS[(c - 1) % TOPICS.length];
                ObjectNode chapter = chapterArray.addObject().put("number", c);
                text(chapter, "title", topic[0], topic[1]);
                ArrayNode sectionArray = chapter.putArray("sections");
                for (int s = 1; s <= sections; s++) {
                    ObjectNode section = sectionArray.addObject().put("number", s);
                    String[] object = OBJECTS[(c + s) % OBJECTS.length];
                    text(section, "title", topic[0] + ": " + object[0], topic[1] + ": " + object[1]);
                }
            }
            ArrayNode standardArray = manual.putArray("standards");
            int perSection = (int) Math.ceil(standards / (double) (chapters * sections));
            int made = 0;
            for (int c = 1; c <= chapters && made < standards; c++) {
                for (int s = 1; s <= sections && made < standards; s++) {
                    for (int n = 1; n <= perSection && made < standards; n++, made++) {
                        standardArray.add(standard(c + "." + s + "." + n, random));
                    }
                }
            }
            return JSON.writeValueAsBytes(manual);
        }

        private static ObjectNode standard(String number, Random random) {
            String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
            String[] object = OBJECTS[random.nextInt(OBJECTS.length)];
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            ObjectNode standard = JSON.createObjectNode().put("number", number);
            text(standard, "title", capital(object[0]) + " (" + number + ")", capital(object[1]) + " (" + number + ")");
            text(standard, "statement", action[0] + " " + object[0] + " en materia de " + topic[0].toLowerCase()
                    + ", que incluye:", action[1] + " " + object[1] + " in matters of " + topic[1].toLowerCase()
                    + ", including:");
            text(standard, "commentary", "Esta norma complementa las de " + topic[0].toLowerCase()
                    + "; la institución puede adaptar el procedimiento a su tamaño y a sus funciones.",
                    "This standard complements those on " + topic[1].toLowerCase()
                    + "; the agency may adapt the procedure to its size and functions.");
            text(standard, "proofGuidance", "La directiva vigente y dos ejemplos de su aplicación en el último año.",
                    "The current directive and two examples of its application during the last year.");
            standard.put("translation", random.nextInt(4) == 0 ? "MACHINE" : "REVIEWED");
            standard.put("level", random.nextInt(3) == 0 ? "OTHER" : "MANDATORY");
            if (random.nextInt(5) == 0) {
                standard.putObject("levelBySizeClass").put("A", "OTHER");
            }
            ArrayNode tiers = standard.putArray("tiers");
            if (random.nextBoolean()) {
                tiers.add("BASIC");
            }
            tiers.add("ADVANCED");
            if (random.nextInt(6) == 0) {
                ObjectNode time = standard.putObject("timeSensitivity").put("frequency", "ANNUAL");
                text(time, "proof", "El informe anual firmado por el titular.", "The annual report signed by the chief executive.");
            }
            ArrayNode elements = standard.putArray("elements");
            int count = random.nextInt(4);
            for (int e = 0; e < count; e++) {
                ObjectNode element = elements.addObject().put("letter", String.valueOf((char) ('a' + e)));
                text(element, "text", ELEMENTS[e][0], ELEMENTS[e][1]);
            }
            return standard;
        }

        private static String capital(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static void text(ObjectNode node, String field, String es, String en) {
            node.putObject(field).put("es", es).put("en", en);
        }
    }
}
