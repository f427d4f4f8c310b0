package org.acredita.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.UserLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

/**
 * The main pages of every role, in Spanish and English, read the way a person reads them: no enum
 * constant ({@code ADVANCED}, {@code FILE}, {@code SELF_ASSESSMENT}), no message key and no unfilled
 * placeholder in the visible text, no tier or function code where its name belongs, no "1 sesiones", and people
 * by their names (not user names, not "system") in the audit log and on agencies' timelines. Pages are reached by following links from each role's home page
 * (a few of each kind of page), so a new page is checked without being listed here.
 */
@AcreditaIntegrationTest
class WordsNotCodesTest {

    private static final List<String> ROLES = List.of("admin", "gerente.policia", "personal.policia", "titular.policia",
            "asesor", "gerente.regional", "calea.pm", "evaluador", "comisionado", "financiador");
    private static final int PAGES_PER_ROLE = 120;
    private static final int PAGES_PER_KIND = 2;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|files/|api/|assets/|webjars/|swagger|v3/|actuator|language|error).*|.*(/export|/download|/content|\\.csv|\\.xlsx|\\.zip|format=).*|.*/preview.*");
    private static final Pattern CONSTANT_WITH_UNDERSCORE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");
    private static final Set<String> ENUM_CONSTANTS = enumConstants();
    private static final Pattern ONE_AND_A_PLURAL = Pattern.compile(
            "(?<![\\d.,/])1 (sesiones|días|meses|eventos|normas|sessions|days|months|events|standards)\\b");
    private static final Pattern NAMES_PEOPLE = Pattern.compile("^/audit.*|^/agencies/[0-9a-f-]{36}$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private UserLanguages languages;
    private Set<String> codes;
    private Set<String> usernames;

    @AfterEach
    void giveLanguagesBack() {
        if (languages != null) {
            languages.giveBack();
        }
    }

    @ParameterizedTest(name = "pages in {0}")
    @ValueSource(strings = {"es-MX", "en"})
    void pagesShowWordsNotEnumConstantsOrMessageKeys(String language) {
        languages = new UserLanguages(port, jdbc);
        codes = new TreeSet<>(ENUM_CONSTANTS);
        codes.addAll(jdbc.sql("select code from tier union select code from agency_function").query(String.class).list());
        usernames = new TreeSet<>(CurrentScope.runAs(AccessScope.SYSTEM,
                () -> jdbc.sql("select username from app_user").query(String.class).list()));
        usernames.add("system");
        Map<String, Set<String>> found = new HashMap<>();
        int read = 0;
        for (String role : ROLES) {
            AppClient client = languages.in(language, role);
            read += crawl(client, role, found);
        }
        assertThat(read).as("pages read").isGreaterThan(200);
        assertThat(found).as("enum constants, keys or placeholders on pages (text → pages)").isEmpty();
    }

    @Test
    void countsAreSingularForOneAndPluralOtherwiseInBothLanguages() {
        Locale spanish = Locale.forLanguageTag("es-MX");
        assertThat(messages.getMessage("assistance.totals.grand", new Object[] {1, 1.5}, spanish)).startsWith("1 sesión ·");
        assertThat(messages.getMessage("assistance.totals.grand", new Object[] {2, 3.0}, spanish)).startsWith("2 sesiones ·");
        assertThat(messages.getMessage("dashboard.kpi.sessions", new Object[] {1}, Locale.ENGLISH)).startsWith("1 session ");
        assertThat(messages.getMessage("agencies.deadline.left", new Object[] {1}, spanish)).isEqualTo("falta 1 día");
        assertThat(messages.getMessage("audit.count", new Object[] {1234L}, spanish)).isEqualTo("1,234 eventos");
    }

    private int crawl(AppClient client, String role, Map<String, Set<String>> found) {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perKind = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty() && read < PAGES_PER_ROLE) {
            String path = queue.poll();
            AppClient.Response response = client.get(path);
            String type = response.header("Content-Type");
            if (response.status() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            read++;
            String html = response.body();
            for (String text : visibleTexts(html)) {
                List<String> problems = problems(text);
                if (NAMES_PEOPLE.matcher(path).matches() && usernames.contains(text)) {
                    problems.add("user name " + text);
                }
                for (String problem : problems) {
                    Set<String> where = found.computeIfAbsent(problem, p -> new TreeSet<>());
                    if (where.size() < 2) {
                        where.add(role + " " + path + " «" + abbreviated(text) + "»");
                    }
                }
            }
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (SKIPPED.matcher(link).matches() || !seen.add(link)) {
                    continue;
                }
                if (perKind.merge(kind(link), 1, Integer::sum) <= PAGES_PER_KIND) {
                    queue.add(link);
                }
            }
        }
        return read;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** A page's kind: its path with ids and numbers blanked, and the names of its query parameters. */
    private static String kind(String link) {
        int query = link.indexOf('?');
        String path = (query < 0 ? link : link.substring(0, query))
                .replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}").replaceAll("/[0-9][0-9.]*", "/{n}");
        String names = query < 0 ? "" : link.substring(query + 1).replaceAll("=[^&]*", "");
        return path + "?" + names;
    }

    private List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (PageChecks.looksLikeLeakedKey(text)) {
            problems.add(text);
        }
        Matcher constant = CONSTANT_WITH_UNDERSCORE.matcher(text);
        while (constant.find()) {
            problems.add(constant.group());
        }
        Matcher plural = ONE_AND_A_PLURAL.matcher(text);
        while (plural.find()) {
            problems.add(plural.group());
        }
        Matcher word = CAPITALISED_WORD.matcher(text);
        while (word.find()) {
            if (codes.contains(word.group())) {
                problems.add(word.group());
            }
        }
        return problems;
    }

    /** Text between tags (scripts and styles left out) and the attributes people read. */
    static List<String> visibleTexts(String html) {
        String shown = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ");
        List<String> texts = new ArrayList<>();
        Matcher attributes = Pattern.compile("(?:placeholder|title|aria-label|alt|data-confirm)=\"([^\"]*)\"").matcher(shown);
        while (attributes.find()) {
            texts.add(decode(attributes.group(1)));
        }
        for (String between : shown.split("<[^>]*>")) {
            String text = decode(between).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** The names of the product's enum constants long enough to be mistaken for nothing else. */
    private static Set<String> enumConstants() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        try {
            for (var bean : scanner.findCandidateComponents("org.acredita")) {
                Class<?> type = ClassUtils.forName(bean.getBeanClassName(), WordsNotCodesTest.class.getClassLoader());
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() >= 4 && name.equals(name.toUpperCase())) {
                        names.add(name);
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("No enum found under org.acredita");
        }
        return names;
    }
}
