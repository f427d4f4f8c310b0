package org.acredita.directives.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Suggested mappings through the API and the directive page: ranked and highlighted in the reader's language, accepted
 * into an ordinary mapping or rejected for good by the agency's managers, read by its advisors; and the labelled set
 * is the demo's own sections, ranked better by the chosen method than by PostgreSQL's full-text ranking.
 */
@AcreditaIntegrationTest
class MappingSuggestionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Signed in, reading Spanish (the language is remembered per person, and other tests switch it). */
    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        client.postForm("/language", Map.of("lang", "es", "redirect", "/"));
        return client;
    }

    private <T> T system(java.util.function.Supplier<T> work) {
        return CurrentScope.runAs(AccessScope.SYSTEM, work);
    }

    private UUID edition() {
        return system(() -> jdbc.sql("select id from manual_edition where code = 'POL-ILUSTRATIVO'").query(UUID.class)
                .single());
    }

    /** The demo section of a directive (its version in effect or draft), as directive id and section id. */
    private UUID[] demoSection(String code, String number) {
        return system(() -> jdbc.sql("""
                select d.id, s.id from directive d join directive_version v on v.directive_id = d.id
                join directive_section s on s.version_id = v.id
                where d.agency_id = ? and d.code = ? and s.number = ? and v.status <> 'SUPERSEDED'""")
                .params(DemoOrganisations.police(jdbc), code, number)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single());
    }

    private static String path(UUID agency, UUID directive, UUID section) {
        return "/api/v1/agencies/" + agency + "/directives/" + directive + "/sections/" + section + "/suggestions";
    }

    /** A directive of its own with one section, so deciding changes no demo data other tests read. */
    private UUID[] freshSection(AppClient manager, UUID police, String heading, String excerpt) {
        String base = "/api/v1/agencies/" + police + "/directives";
        String directive = id(manager.sendJson("POST", base, "{\"code\":\"SUG-" + UUID.randomUUID().toString()
                .substring(0, 8) + "\",\"title\":\"Orden de prueba\",\"kind\":\"GENERAL_ORDER\"}", true).body());
        String version = id(manager.sendJson("POST", base + "/" + directive + "/versions", "{\"label\":\"1\"}", true)
                .body());
        String section = id(manager.sendJson("POST", base + "/" + directive + "/versions/" + version + "/sections",
                "{\"number\":\"1\",\"heading\":\"" + heading + "\",\"excerpt\":\"" + excerpt + "\"}", true).body());
        return new UUID[] {UUID.fromString(directive), UUID.fromString(section)};
    }

    private static String id(String json) {
        return json.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private long rows(String sql, Object... params) {
        return system(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void theLabelledSetIsTheDemoSectionsAndBm25RanksThemBetterThanPostgresFullText() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID edition = edition();
        List<LabelledSet.Row> rows = LabelledSet.rows();
        for (LabelledSet.Row row : rows) {
            Map<String, Object> demo = system(() -> jdbc.sql("""
                    select s.heading, coalesce(s.excerpt, '') excerpt, d.title,
                        coalesce((select string_agg(distinct m.standard_number, ' ') from element_mapping m
                                  where m.section_id = s.id and m.edition_id = ?), '') mapped
                    from directive d join directive_version v on v.directive_id = d.id
                    join directive_section s on s.version_id = v.id
                    where d.agency_id = ? and d.code = ? and s.number = ? and v.status <> 'SUPERSEDED'""")
                    .params(edition, police, row.directiveCode(), row.number()).query().singleRow());
            assertThat(demo.get("heading")).as(row.directiveCode() + " § " + row.number()).isEqualTo(row.heading());
            assertThat(demo.get("excerpt")).isEqualTo(row.excerpt() == null ? "" : row.excerpt());
            assertThat(demo.get("title")).isEqualTo(row.directiveTitle());
            String mapped = (String) demo.get("mapped");
            if (!mapped.isEmpty()) {
                assertThat(Set.of(mapped.split(" "))).as("the demo's mappings are the labels").isEqualTo(row.standards());
            }
        }
        ManualIndex index = ManualIndex.of(LabelledSet.manual());
        LabelledSet.Figures lucene = LabelledSet.measure(rows, row -> index.rank(row.text(), Set.of(), 5).stream()
                .map(r -> r.standard().number()).toList());
        LabelledSet.Figures postgres = LabelledSet.measure(rows, row -> postgresRanking(edition, row));
        System.out.println("Suggested mappings, labelled set: Lucene BM25 " + lucene + " | PostgreSQL ts_rank_cd "
                + postgres);
        assertThat(lucene.precisionAt3()).isGreaterThanOrEqualTo(postgres.precisionAt3());
        assertThat(lucene.precisionAt1()).isGreaterThanOrEqualTo(postgres.precisionAt1());
    }

    /**
     * The alternative measured for the decision: the standards' stored Spanish and English vectors (over
     * acredita_unaccent) ranked by cover density against the section's words, any of them (OR), the directive's
     * title as context at the same 0.3 weight.
     */
    private List<String> postgresRanking(UUID edition, LabelledSet.Row row) {
        ManualIndex.SectionText text = row.text();
        return system(() -> jdbc.sql("""
                with q as (select replace(plainto_tsquery('spanish', acredita_unaccent(:section))::text, '&', '|')::tsquery es,
                                  replace(plainto_tsquery('english', acredita_unaccent(:section))::text, '&', '|')::tsquery en,
                                  replace(plainto_tsquery('spanish', acredita_unaccent(:context))::text, '&', '|')::tsquery ctx)
                select s.number from standard s, q
                where s.edition_id = :edition and (s.search_es @@ q.es or s.search_en @@ q.en or s.search_es @@ q.ctx)
                order by ts_rank_cd(s.search_es, q.es) + ts_rank_cd(s.search_en, q.en)
                         + 0.3 * ts_rank_cd(s.search_es, q.ctx) desc, s.sort_key
                limit 5""").param("section", text.section()).param("context", text.directive())
                .param("edition", edition).query(String.class).list());
    }

    @Test
    void managersSeeRankedHighlightedSuggestionsInTheirLanguageAndAdvisorsOnlyRead() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID[] harassment = demoSection("OG-2.3", "3");
        String path = path(police, harassment[0], harassment[1]);
        AppClient manager = client("gerente.policia");
        String spanish = manager.getJson(path).body();
        assertThat(spanish).contains("\"rank\":1,\"standardNumber\":\"2.3.3\"").contains("\"language\":\"es\"")
                .contains("{\"text\":\"acoso\",\"matched\":true}").contains("\"mayDecide\":true")
                .contains("\"editionCode\":\"POL-ILUSTRATIVO\"");
        String english = manager.getJson(path + "?language=en").body();
        assertThat(english).contains("\"standardNumber\":\"2.3.3\"").contains("\"language\":\"en\"")
                .contains("harassment");

        AppClient advisor = client("asesor");
        assertThat(advisor.getJson(path).body()).contains("\"standardNumber\":\"2.3.3\"").contains("\"mayDecide\":false");
        assertThat(advisor.sendJson("POST", path + "/rejection", "{\"standardNumber\":\"2.3.3\"}", true).status())
                .isEqualTo(403);
        assertThat(client("personal.policia").sendJson("POST", path + "/acceptance",
                "{\"standardNumber\":\"2.3.3\"}", true).status()).isEqualTo(403);
        assertThat(rows("select count(*) from mapping_suggestion_decision where section_id = ?", harassment[1]))
                .isZero();

        String page = manager.get("/agencies/" + police + "/directives/" + harassment[0]).body();
        assertThat(page).contains("Normas sugeridas").contains("hx-get=\"/agencies/" + police + "/directives/"
                + harassment[0] + "/sections/" + harassment[1] + "/suggestions\"");
        String panel = manager.get("/agencies/" + police + "/directives/" + harassment[0] + "/sections/"
                + harassment[1] + "/suggestions").body();
        assertThat(panel).contains("data-testid=\"suggestion-2.3.3\"").contains("<mark>acoso</mark>")
                .contains("data-testid=\"accept-form\"");
        assertThat(advisor.get("/agencies/" + police + "/directives/" + harassment[0] + "/sections/"
                + harassment[1] + "/suggestions").body()).contains("data-testid=\"suggestion-2.3.3\"")
                .doesNotContain("accept-form");
    }

    @Test
    void acceptingMapsTheSectionThroughTheOrdinaryMappingAndIsNotSuggestedAgain() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = client("gerente.policia");
        UUID[] fresh = freshSection(manager, police, "Informe de la persecución",
                "Toda persecución se documenta y se revisa administrativamente, y el análisis anual busca patrones.");
        String path = path(police, fresh[0], fresh[1]);
        assertThat(manager.getJson(path).body()).contains("\"rank\":1,\"standardNumber\":\"5.2.2\"");

        AppClient.Response accepted = manager.sendJson("POST", path + "/acceptance", "{\"standardNumber\":\"5.2.2\"}",
                true);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"added\":1");
        assertThat(rows("select count(*) from element_mapping where section_id = ? and standard_number = '5.2.2' "
                + "and edition_id = ?", fresh[1], edition())).isEqualTo(1);
        assertThat(rows("select count(*) from audit_event where target_id = ? and action in "
                + "('DIRECTIVE_SECTION_MAPPED', 'MAPPING_SUGGESTION_ACCEPTED')", fresh[1].toString())).isEqualTo(2);
        String after = manager.getJson(path).body();
        assertThat(after).doesNotContain("\"standardNumber\":\"5.2.2\",\"title\"")
                .contains("\"kind\":\"ACCEPTED\"");
        AppClient.Response twice = manager.sendJson("POST", path + "/acceptance", "{\"standardNumber\":\"5.2.2\"}",
                true);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("no es una sugerencia vigente");

        AppClient chief = client("titular.policia");
        assertThat(chief.getJson(path).body()).contains("\"standardNumber\":\"5.2.3\"");
        assertThat(chief.sendJson("POST", path + "/acceptance", "{\"standardNumber\":\"5.2.3\"}", true).status())
                .as("the chief executive decides too").isEqualTo(201);
        assertThat(rows("select count(*) from element_mapping where section_id = ? and standard_number = '5.2.3' "
                + "and element_letter is null", fresh[1])).as("a standard without elements, mapped whole").isEqualTo(1);
    }

    @Test
    void aRejectedStandardIsRecordedAuditedAndNeverSuggestedAgain() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = client("gerente.policia");
        UUID[] fresh = freshSection(manager, police, "Bodega de evidencia y su auditoría",
                "Acceso restringido a la bodega, inventario y auditorías sin previo aviso.");
        String path = path(police, fresh[0], fresh[1]);
        List<String> before = numbers(manager.getJson(path).body());
        assertThat(before).contains("8.1.3", "8.2.2");

        assertThat(manager.sendJson("POST", path + "/rejection", "{\"standardNumber\":\"8.2.2\"}", true).status())
                .isEqualTo(204);
        assertThat(numbers(manager.getJson(path).body())).doesNotContain("8.2.2").contains("8.1.3");
        assertThat(manager.getJson(path).body()).contains("{\"standardNumber\":\"8.2.2\",\"kind\":\"REJECTED\"");
        assertThat(rows("select count(*) from audit_event where target_id = ? and action = "
                + "'MAPPING_SUGGESTION_REJECTED'", fresh[1].toString())).isEqualTo(1);
        AppClient.Response late = manager.sendJson("POST", path + "/acceptance", "{\"standardNumber\":\"8.2.2\"}", true);
        assertThat(late.status()).isEqualTo(400);
        assertThat(rows("select count(*) from element_mapping where section_id = ?", fresh[1])).isZero();
        assertThat(manager.sendJson("POST", path + "/rejection", "{\"standardNumber\":\"99.1.1\"}", true).status())
                .isEqualTo(400);

        String page = "/agencies/" + police + "/directives/" + fresh[0] + "/sections/" + fresh[1] + "/suggestions";
        manager.postForm("/language", Map.of("lang", "en", "redirect", "/"));
        AppClient.Response htmx = manager.postHtmx(page + "/rejection?standard=8.1.3");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).contains("Suggestion rejected").contains("Rejected: 8.1.3")
                .doesNotContain("data-testid=\"suggestion-8.1.3\"");
        assertThat(manager.postHtmx(page + "/rejection?standard=8.1.3").body()).contains("alert-danger")
                .contains("is not a current suggestion");
    }

    private static List<String> numbers(String json) {
        return java.util.regex.Pattern.compile("\"rank\":\\d+,\"standardNumber\":\"([0-9.]+)\"").matcher(json)
                .results().map(m -> m.group(1)).collect(Collectors.toList());
    }
}
