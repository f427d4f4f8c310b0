package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.UserLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Control characters (a NUL above all, which PostgreSQL cannot store) and dates outside any plausible range
 * are refused once at the boundary, for every query parameter, form field and JSON string: 400 naming the
 * field in the reader's language, never a server error, and nothing written.
 */
@AcreditaIntegrationTest
class UnsafeInputTest {

    private static final String NUL = "%00";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UserLanguages languages;

    private UserLanguages languages() {
        if (languages == null) {
            languages = new UserLanguages(port, jdbc);
        }
        return languages;
    }

    @AfterEach
    void giveLanguagesBack() {
        languages().giveBack();
    }

    @Test
    void nulInTheNamedSearchParametersAnswers400NamingTheField() {
        AppClient admin = languages().in("es-MX", "admin");
        String edition = system(() -> jdbc.sql("select id::text from manual_edition limit 1").query(String.class)
                .single());
        for (String page : List.of("/agencies?q=a" + NUL + "b", "/search?q=" + NUL, "/manuals/" + edition
                + "/search?q=x" + NUL)) {
            AppClient.Response answer = admin.get(page);
            assertThat(answer.status()).as(page).isEqualTo(400);
            assertThat(answer.body()).as(page).contains("<html").contains("«q»").contains("caracteres de control");
        }
        for (String api : List.of("/api/v1/search?q=" + NUL, "/api/v1/agencies?q=" + NUL,
                "/api/v1/manuals/" + edition + "/standards?q=" + NUL)) {
            AppClient.Response answer = admin.getJson(api);
            assertThat(answer.status()).as(api).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(api).startsWith("application/problem+json");
            assertThat(answer.body()).as(api).contains("\"field\":\"q\"");
        }
        AppClient english = languages().in("en", "admin");
        assertThat(english.getJson("/api/v1/search?q=" + NUL).body()).contains("control characters")
                .contains("\"field\":\"q\"");
        // Tab, line breaks and ordinary text are still welcome.
        assertThat(admin.get("/search?q=" + "patrulla%09%0D%0Adetenidos").status()).isEqualTo(200);
    }

    @Test
    void nulInCommentsAndPlanNotesIsRefusedAndNothingIsWritten() {
        AppClient staff = languages().in("es-MX", "personal.policia");
        String file = DemoOrganisations.policeFile(jdbc);
        String number = system(() -> jdbc.sql("select number from file_standard where file_id = ?::uuid "
                + "order by sort_key limit 1").param(file).query(String.class).single());
        String standard = "/accreditation-files/" + file + "/standards/" + number;
        staff.get(standard);
        long events = count("audit_event");
        long comments = count("file_standard_comment");

        AppClient.Response page = staff.postForm(standard + "/comments", Map.of("body", "hola\u0000mundo"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("«body»");
        assertThat(staff.postForm(standard + "/plan", Map.of("notes", "\u0000")).status()).isEqualTo(400);
        AppClient.Response api = staff.sendJson("POST", "/api/v1" + standard + "/comments",
                "{\"body\":\"hola\\u0000mundo\"}", true);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"body\"");
        AppClient.Response plan = staff.sendJson("PUT", "/api/v1" + standard + "/plan",
                "{\"notes\":\"bell\\u0007\"}", true);
        assertThat(plan.status()).isEqualTo(400);
        assertThat(plan.body()).contains("\"field\":\"notes\"");
        AppClient.Response upload = staff.upload("/api/v1" + standard + "/proofs", "oficio.txt",
                "texto".getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                Map.of("documentDate", "2025-01-01", "cycleYear", "1", "title", "t\u0000"));
        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.body()).contains("\"field\":\"title\"");

        assertThat(count("file_standard_comment")).isEqualTo(comments);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    @Test
    void sweepOfPagesAndFormsNeverAnswersAServerError() {
        AppClient admin = languages().in("es-MX", "admin");
        long events = count("audit_event");
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/agencies", "/search", "/programmes", "/manuals", "/notifications",
                "/audit", "/accreditation/overview", "/profile", "/admin/users", "/organisations", "/geo",
                "/improvement-plans", "/manuals/compare", "/programmes/new")) {
            AppClient.Response answer = admin.get(path + "?q=" + NUL + "&page=" + NUL);
            pages.put(path, String.valueOf(answer.status()));
        }
        assertThat(pages).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo("400"));

        admin.get("/");
        for (String form : List.of("/admin/organisations", "/admin/users", "/programmes",
                "/notifications/read-all", "/audit/verification", "/language")) {
            AppClient.Response answer = admin.postForm(form, Map.of("name", "x\u0000", "username", "\u0000",
                    "lang", "en\u0001", "redirect", "/"));
            assertThat(answer.status()).as(form).isEqualTo(400);
        }
        AppClient.Response signIn = new AppClient(port).signIn("admin\u0000", "x");
        assertThat(signIn.status()).as("sign-in").isLessThan(500);
        AppClient.Response json = admin.sendJson("POST", "/api/v1/programmes", "{\"name\":{\"es\":\"\\u0000\"}}",
                true);
        assertThat(json.status()).isEqualTo(400);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    @Test
    void datesOutsideAPlausibleRangeAreRefusedWithTheField() {
        AppClient staff = languages().in("es-MX", "personal.policia");
        String file = DemoOrganisations.policeFile(jdbc);
        String number = system(() -> jdbc.sql("select number from file_standard where file_id = ?::uuid "
                + "order by sort_key limit 1").param(file).query(String.class).single());
        String proofs = "/accreditation-files/" + file + "/standards/" + number + "/proofs";
        long stored = count("proof");

        AppClient.Response json = staff.sendJson("POST", "/api/v1" + proofs, "{\"kind\":\"NOTE\",\"title\":\"Acta\","
                + "\"note\":\"Entrega.\",\"documentDate\":\"0000-01-01\",\"cycleYear\":1}", true);
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("\"field\":\"documentDate\"").contains("1900");
        staff.get("/accreditation-files/" + file + "/standards/" + number);
        AppClient.Response page = staff.postForm(proofs + "/entries", Map.of("kind", "NOTE", "title", "Acta",
                "note", "Entrega.", "documentDate", "0000-01-01", "cycleYear", "1"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("«documentDate»");
        AppClient.Response upload = staff.upload("/api/v1" + proofs, "oficio.txt",
                "texto".getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                Map.of("documentDate", "1899-12-31", "cycleYear", "1"));
        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.body()).contains("\"field\":\"documentDate\"");
        AppClient.Response far = staff.sendJson("PUT", "/api/v1/accreditation-files/" + file + "/standards/" + number
                + "/plan", "{\"dueDate\":\"+10000-01-01\"}", true);
        assertThat(far.status()).isEqualTo(400);
        assertThat(count("proof")).isEqualTo(stored);
    }

    private long count(String table) {
        return system(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }
}
