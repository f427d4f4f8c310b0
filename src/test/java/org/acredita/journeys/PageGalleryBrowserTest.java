package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.AcreditaShell.signOut;
import static org.acredita.journeys.AcreditaShell.useLanguage;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page that exists today, for several roles, in Spanish and English on a desktop and the key
 * ones on a phone: each must be in its language, have one heading, show no message key, leave the
 * console clean, and (on the phone) never scroll sideways. Screenshots go to target/screenshots/gallery-*.png
 * for people to look at.
 */
@AcreditaIntegrationTest
class PageGalleryBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(PageGalleryBrowserTest.class);

    private static final String POLICE = "Secretaría de Seguridad Ciudadana de Querétaro";
    private static final String C5 = "Centro C5 de Mérida";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "every page in {0} on a desktop")
    @ValueSource(strings = {SPANISH, ENGLISH})
    void everyPageIsInItsLanguageWithOneHeadingNoKeysAndACleanConsole(String language) {
        Gallery gallery = new Gallery(browser.newPage(language), language, "desktop");

        gallery.shoot("login", "/login", 200);
        gallery.shoot("login-wrong-password", "/login?error=bad", 200);
        gallery.shoot("login-signed-out", "/login?logout", 200);
        gallery.shoot("invitation-used", "/invitation/inv_ya-no-sirve", 410);

        gallery.as("admin", () -> {
            gallery.shoot("admin-home", "/", 200);
            gallery.shoot("organisations", "/organisations", 200);
            gallery.shoot("organisation-police-as-admin", hrefOfLink(gallery.page, POLICE), 200);
            gallery.shoot("organisation-new", "/admin/organisations/new", 200);
            gallery.shoot("users", "/admin/users", 200);
            String manager = hrefOfLink(gallery.page, "Laura Méndez Ortiz");
            String advisor = hrefOfLink(gallery.page, "Miguel Ángel Torres");
            gallery.shoot("user-new", "/admin/users/new", 200);
            gallery.shoot("user-manager", manager, 200);
            gallery.shoot("user-advisor", advisor, 200);
            gallery.shoot("profile-admin", "/profile", 200);
            gallery.shoot("not-found", "/esta-pagina-no-existe", 404);
            gallery.shoot("audit", "/audit", 200);
            gallery.shoot("geography", "/geo", 200);
            gallery.shoot("geography-state", "/geo/states/31", 200);
            gallery.shoot("agencies-filtered", "/agencies?state=22&phase=ACCREDITED_WITH_CONDITIONS&kind=LAW_ENFORCEMENT", 200);
            gallery.shoot("agencies-no-match", "/agencies?q=ninguna&state=32", 200);
            gallery.shoot("agencies", "/agencies", 200);
            String police = hrefOfLink(gallery.page, POLICE);
            gallery.shoot("agency-lifecycle", police, 200);
            gallery.shoot("agency-profile", police + "/profile", 200);
            gallery.shoot("agency-assistance", police + "/assistance", 200);
            gallery.shoot("agency-improvement-plan", police + "/improvement-plan", 200);
            accreditationPages(gallery, police, "admin");
            readinessPages(gallery, police);
            directivePages(gallery, police);
            gallery.shoot("assistance-totals", "/assistance", 200);
            gallery.shoot("improvement-plans", "/improvement-plans", 200);
            manualPages(gallery, GalleryManuals.importedInto(port));
            gallery.shoot("manual-import", "/manuals/import", 200);
            importBrokenManual(gallery);
        });
        gallery.as("gerente.policia", () -> {
            gallery.shoot("manager-home", "/", 200);
            gallery.shoot("manager-search", "/search?q=uso%20de%20la%20fuerza", 200);
            gallery.shoot("manager-search-empty", "/search", 200);
            String agency = myAgency(gallery.page);
            gallery.shoot("manager-my-agency", agency, 200);
            gallery.shoot("manager-agency-profile", agency.replace("/organisations/", "/agencies/") + "/profile", 200);
            accreditationPages(gallery, agency.replace("/organisations/", "/agencies/"), "manager");
            gallery.shoot("manager-profile", "/profile", 200);
            gallery.shoot("manager-notifications", "/notifications", 200);
            mapsASectionWithThePicker(gallery, agency.replace("/organisations/", "/agencies/"));
            rosterPages(gallery, agency.replace("/organisations/", "/agencies/"));
            suggestedStandards(gallery, agency.replace("/organisations/", "/agencies/"));
        });
        gallery.as("personal.policia", () -> gallery.shoot("staff-home", "/", 200));
        gallery.as("asesor", () -> {
            gallery.shoot("advisor-home", "/", 200);
            gallery.shoot("advisor-organisations", "/organisations", 200);
            gallery.shoot("advisor-organisation-c5", hrefOfLink(gallery.page, C5), 200);
            gallery.shoot("advisor-compliance-overview", "/accreditation/overview", 200);
        });
        gallery.as("asesor", () -> savesADraftWithHtmx(gallery));
        gallery.as("calea.pm", () -> {
            gallery.shoot("programme-manager-home", "/", 200);
            gallery.shoot("programmes", "/programmes", 200);
            String programme = hrefOfLink(gallery.page, "demostración");
            gallery.shoot("programme", programme, 200);
            gallery.shoot("programme-edit", programme + "/edit", 200);
            gallery.shoot("programme-new", "/programmes/new", 200);
            assessmentPages(gallery, "programme-manager");
        });
        String verification = commissionPages(gallery);
        gallery.shoot("certificate-verification", verification + "&lang=" + (SPANISH.equals(language) ? "es" : "en"), 200);
        gallery.as("evaluador", () -> assessmentPages(gallery, "assessor"));
        gallery.as("financiador", () -> {
            gallery.shoot("funder-home", "/", 200);
            gallery.shoot("funder-organisations", "/organisations", 200);
            gallery.shoot("funder-agencies", "/agencies", 200);
            String police = hrefOfLink(gallery.page, POLICE);
            gallery.shoot("funder-agency-profile", police + "/profile", 200);
            gallery.shoot("funder-readiness", police + "/readiness", 200);
            gallery.shoot("funder-directives", police + "/directives", 200);
            gallery.shoot("funder-programmes", "/programmes", 200);
            String programme = hrefOfLink(gallery.page, "demostración");
            gallery.shoot("programme-dashboard", programme + "/dashboard", 200);
            gallery.shoot("programme-dashboard-readiness-map", programme + "/dashboard?map=readiness", 200);
            gallery.shoot("programme-drill-down", programme + "/dashboard/agencies?kind=LAW_ENFORCEMENT", 200);
            gallery.shoot("funder-compliance-overview", "/accreditation/overview", 200);
            gallery.shoot("programme-awards", programme + "/awards", 200);
        });
        gallery.assertEveryPageWasClean();
    }

    @Test
    void keyPagesFitAPhoneScreen() {
        Gallery gallery = new Gallery(browser.newPage(SPANISH, PHONE), SPANISH, "phone");

        gallery.shoot("login", "/login", 200);
        gallery.shoot("login-wrong-password", "/login?error=bad", 200);
        gallery.as("gerente.policia", () -> {
            gallery.shoot("manager-home", "/", 200);
            gallery.page.locator(".navbar-toggler").click();
            assertThat(gallery.page.locator("#mainNav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
            assertThat(gallery.page.getByTestId("user-menu")).isVisible();
            browser.screenshot(gallery.page, "gallery-phone-es-manager-menu-open");
            gallery.shoot("manager-my-agency", myAgency(gallery.page), 200);
            gallery.shoot("manager-profile", "/profile", 200);
            gallery.shoot("manager-readiness", myAgency(gallery.page).replace("/organisations/", "/agencies/")
                    + "/readiness", 200);
            accreditationPages(gallery, myAgency(gallery.page).replace("/organisations/", "/agencies/"), "manager");
            GalleryManuals manuals = GalleryManuals.importedInto(port);
            gallery.shoot("manuals", "/manuals", 200);
            gallery.shoot("manual-edition", "/manuals/" + manuals.later, 200);
            gallery.shoot("manual-standard", "/manuals/" + manuals.later + "/standards/1.2.1", 200);
            gallery.shoot("manual-search", "/manuals/" + manuals.later + "/search?q=revision", 200);
            gallery.shoot("manual-compare", "/manuals/compare?from=" + manuals.later + "&to=" + manuals.later, 200);
            rosterPages(gallery, myAgency(gallery.page).replace("/organisations/", "/agencies/"));
            suggestedStandards(gallery, myAgency(gallery.page).replace("/organisations/", "/agencies/"));
        });
        gallery.shoot("certificate-verification", commissionPages(gallery) + "&lang=es", 200);
        gallery.as("admin", () -> {
            gallery.shoot("organisations", "/organisations", 200);
            String police = hrefOfLink(gallery.page, POLICE);
            gallery.shoot("organisation-police-as-admin", police, 200);
            readinessPages(gallery, police.replace("/organisations/", "/agencies/"));
            directivePages(gallery, police.replace("/organisations/", "/agencies/"));
            gallery.shoot("users", "/admin/users", 200);
            String manager = hrefOfLink(gallery.page, "Laura Méndez Ortiz");
            gallery.shoot("user-new", "/admin/users/new", 200);
            gallery.shoot("user-manager", manager, 200);
            gallery.shoot("not-found", "/esta-pagina-no-existe", 404);
            gallery.shoot("agencies", "/agencies", 200);
            gallery.shoot("agency-profile", hrefOfLink(gallery.page, POLICE) + "/profile", 200);
            gallery.shoot("geography", "/geo", 200);
        });

        Gallery english = new Gallery(browser.newPage(ENGLISH, PHONE), ENGLISH, "phone");
        english.shoot("login", "/login", 200);
        english.as("financiador", () -> {
            english.shoot("funder-home", "/", 200);
            english.shoot("funder-programmes", "/programmes", 200);
            String programme = hrefOfLink(english.page, "demostración");
            english.shoot("programme", programme, 200);
            english.shoot("programme-dashboard", programme + "/dashboard", 200);
            english.shoot("programme-drill-down", programme + "/dashboard/agencies?state=22", 200);
            english.shoot("funder-compliance-overview", "/accreditation/overview", 200);
            english.shoot("programme-awards", programme + "/awards", 200);
        });
        assertAll(gallery::assertEveryPageWasClean, english::assertEveryPageWasClean);
    }

    /**
     * The agency's accreditation file, a returned standard with its thread, one ready for review, a waiver request,
     * and the file's "would we pass today?" page.
     */
    private static void accreditationPages(Gallery gallery, String agency, String who) {
        gallery.shoot(who + "-accreditation", agency + "/accreditation", 200);
        String readiness = gallery.page.getByTestId("readiness-link").getAttribute("href");
        gallery.shoot(who + "-accreditation-returned", agency + "/accreditation?status=RETURNED", 200);
        gallery.shoot(who + "-accreditation-standard",
                gallery.page.locator("[data-testid=standards] a").first().getAttribute("href"), 200);
        gallery.shoot(who + "-accreditation-ready", agency + "/accreditation?status=READY_FOR_REVIEW", 200);
        gallery.shoot(who + "-accreditation-standard-ready",
                gallery.page.locator("[data-testid=standards] a").first().getAttribute("href"), 200);
        gallery.shoot(who + "-accreditation-chapter-9", agency + "/accreditation?chapter=9", 200);
        gallery.shoot(who + "-accreditation-standard-waiver",
                gallery.page.locator("tr:has([data-testid=pending-request]) a").first().getAttribute("href"), 200);
        gallery.shoot(who + "-accreditation-compliance", agency + "/accreditation?status=IN_COMPLIANCE", 200);
        String proven = gallery.page.locator("[data-testid=standards] a").first().getAttribute("href");
        gallery.shoot(who + "-accreditation-standard-proven", proven, 200);
        gallery.shoot(who + "-accreditation-standard-proofs-page", proven + "/proofs", 200);
        String file = proven.substring(0, proven.indexOf("/standards/"));
        for (String number : List.of("1.3.1", "5.3.2", "5.3.3", "6.1.3")) {
            gallery.shootIfItExists(who + "-accreditation-time-sensitive-" + number, file + "/standards/" + number);
        }
        gallery.shoot(who + "-accreditation-would-pass", readiness, 200);
        if (who.equals("admin")) {
            gallery.shoot(who + "-accreditation-migration", file + "/migration", 200);
        }
    }

    /** An agency's readiness page, its draft (as a form), its latest report and the programme's instrument. */
    /** The assessments list, the C5's remote file review with its frozen snapshot, and the planning form. */
    private static void assessmentPages(Gallery gallery, String who) {
        gallery.shoot(who + "-assessments", "/assessments", 200);
        String review = gallery.page.locator("[data-testid=assessments] tr",
                new Page.LocatorOptions().setHasText(C5)).locator("a").first().getAttribute("href");
        gallery.shoot(who + "-assessment-c5-remote-review", review, 200);
        if ("programme-manager".equals(who)) {
            String agencyAssessments = gallery.page.locator(".breadcrumb a").nth(1).getAttribute("href");
            gallery.shoot("agency-assessments", agencyAssessments, 200);
            gallery.shoot("assessment-new", agencyAssessments + "/new", 200);
        }
    }

    private static void readinessPages(Gallery gallery, String agency) {
        gallery.shoot("agency-readiness", agency + "/readiness", 200);
        Locator history = gallery.page.locator("[data-testid=history] a");
        String draft = history.nth(0).getAttribute("href");
        String report = history.nth(1).getAttribute("href");
        String instrument = gallery.page.getByTestId("instrument-link").getAttribute("href");
        gallery.shoot("readiness-draft-form", draft, 200);
        gallery.shoot("readiness-report", report, 200);
        gallery.shoot("readiness-instrument", instrument, 200);
    }

    /** The advisor's draft saved through htmx: the status is swapped in, the answers stay as typed. */
    private static void savesADraftWithHtmx(Gallery gallery) {
        gallery.shoot("advisor-agencies", "/agencies", 200);
        gallery.shoot("advisor-readiness", hrefOfLink(gallery.page, POLICE) + "/readiness", 200);
        gallery.shoot("advisor-readiness-draft", gallery.page.getByTestId("draft-notice").locator("a").getAttribute("href"), 200);
        Locator note = gallery.page.locator("textarea[name^=note-]").nth(5);
        note.fill("Observado en la visita: la bitácora se lleva a mano.");
        gallery.page.getByTestId("save-draft").click();
        assertThat(gallery.page.getByTestId("save-message")).isVisible();
        assertThat(note).hasValue("Observado en la visita: la bitácora se lleva a mano.");
        browser.screenshot(gallery.page, "gallery-" + gallery.device + "-"
                + (SPANISH.equals(gallery.language) ? "es" : "en") + "-readiness-draft-saved");
    }

    /** An agency's directives, the use-of-force policy (a superseded version and one in effect) and its coverage. */
    private static void directivePages(Gallery gallery, String agency) {
        gallery.shoot("directives", agency + "/directives", 200);
        String policy = hrefOfLink(gallery.page, "POL-4.1");
        String draft = hrefOfLink(gallery.page, "PR-5.1");
        String coverage = gallery.page.getByTestId("coverage-link").getAttribute("href");
        gallery.shoot("directive", policy, 200);
        gallery.shoot("directive-draft", draft, 200);
        gallery.shoot("directive-coverage", coverage, 200);
    }

    /** The mapping picker after htmx loaded the elements of the standard typed in. */
    private static void mapsASectionWithThePicker(Gallery gallery, String agency) {
        gallery.shoot("manager-directives", agency + "/directives", 200);
        gallery.shoot("manager-directive-draft", hrefOfLink(gallery.page, "PR-5.1"), 200);
        Locator section = gallery.page.getByTestId("section-2");
        // The section also has its suggested standards behind a summary of their own.
        section.locator("details:has([data-testid=map-form]) > summary").click();
        section.getByLabel(Pattern.compile("^(Norma|Standard)$")).fill("5.2.1");
        assertThat(section.getByTestId("element-choices").locator("input[type=checkbox]")).hasCount(3);
        browser.screenshot(gallery.page, "gallery-" + gallery.device + "-"
                + (SPANISH.equals(gallery.language) ? "es" : "en") + "-directive-mapping-picker");
    }

    /**
     * The police's personnel roster (all, and on leave in one unit), a person, the units and ranks, and the preview
     * of an import of the roster as it stands with one person changed and one new (previewed, never confirmed).
     */
    private void rosterPages(Gallery gallery, String agency) {
        gallery.shoot("roster", agency + "/personnel", 200);
        String person = gallery.page.locator("[data-testid=roster] tbody a").first().getAttribute("href");
        String unit = gallery.page.locator("#unit option").nth(1).getAttribute("value");
        gallery.shoot("roster-on-leave-in-a-unit", agency + "/personnel?status=ON_LEAVE&unit=" + unit, 200);
        gallery.shoot("roster-nobody", agency + "/personnel?q=zzzz", 200);
        gallery.shoot("roster-person", person, 200);
        gallery.shoot("roster-units-and-ranks", agency + "/personnel/lists", 200);
        gallery.shoot("roster-import-form", agency + "/personnel", 200);
        gallery.page.locator("[data-testid=import-form] input[type=file]").setInputFiles(new FilePayload("padron.csv",
                "text/csv", policeRosterWithOneChangeAndOneNewPerson()));
        gallery.afterAction("roster-import-preview",
                () -> gallery.page.locator("[data-testid=import-form] button").click());
    }

    /** The demo police's roster as its own file would list it, one person promoted and one newcomer added. */
    private byte[] policeRosterWithOneChangeAndOneNewPerson() {
        List<String> rows = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select m.employee_number, m.full_name, r.name as rank, u.name as unit, m.position, m.status,
                       m.email, m.phone
                from personnel_member m join personnel_rank r on r.id = m.rank_id join personnel_unit u on u.id = m.unit_id
                where m.agency_id = ? and m.status <> 'SEPARATED' order by m.employee_number""")
                .param(DemoOrganisations.police(jdbc))
                .query((row, n) -> String.join(",", row.getString("employee_number"), row.getString("full_name"),
                        n == 0 ? "Suboficial" : row.getString("rank"), row.getString("unit"),
                        nullToEmpty(row.getString("position")), row.getString("status").toLowerCase(Locale.ROOT),
                        nullToEmpty(row.getString("email")), nullToEmpty(row.getString("phone"))))
                .list());
        StringBuilder csv = new StringBuilder("numero_empleado,nombre,grado,unidad,puesto,estado,correo,telefono\r\n");
        rows.forEach(row -> csv.append(row).append("\r\n"));
        csv.append("QRO-09999,Itzel Reséndiz Ugalde,Policía,Tránsito y Vialidad,Agente de tránsito,active,,\r\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The "Suggested standards" panel of the first section of the police's general order OG-6.2, opened. */
    private static void suggestedStandards(Gallery gallery, String agency) {
        gallery.shoot("directive-in-effect", agency + "/directives", 200);
        gallery.shoot("directive-og-6-2", hrefOfLink(gallery.page, "OG-6.2"), 200);
        gallery.afterAction("directive-suggested-standards", () -> {
            Locator section = gallery.page.getByTestId("section-1");
            section.getByTestId("suggestions-toggle").locator("summary").click();
            assertThat(section.getByTestId("suggestions")).isVisible();
        });
    }

    /**
     * As the programme manager: the Commission's meetings, the meeting the police was heard at, its docket item and
     * its packet (page 1 as PNG), the police before the Commission (hearing, decision, the award with its open
     * condition and the lift form) and its certificate (page 1 as PNG). Returns the verification link printed on it.
     */
    private static String commissionPages(Gallery gallery) {
        String[] verification = new String[1];
        gallery.as("calea.pm", () -> {
            gallery.shoot("commission-meetings", "/commission/meetings", 200);
            List<String> meetings = gallery.page.locator("[data-testid=meetings] tbody a").all().stream()
                    .map(link -> link.getAttribute("href")).toList();
            String item = null;
            for (String meeting : meetings) {
                gallery.page.navigate(meeting);
                Locator police = gallery.page.locator("[data-testid=docket-item] a").filter(
                        new Locator.FilterOptions().setHasText(POLICE));
                if (item == null && police.count() > 0) {
                    item = police.first().getAttribute("href");
                    gallery.shoot("commission-meeting-held", meeting, 200);
                } else if (police.count() == 0) {
                    gallery.shoot("commission-meeting-planned", meeting, 200);
                }
            }
            if (item == null) {
                throw new AssertionError("No meeting has the police on its docket");
            }
            gallery.shoot("commission-docket-item", item, 200);
            gallery.pdfPageOne("docket-packet-pdf", gallery.page.getByTestId(
                    SPANISH.equals(gallery.language) ? "packet-es" : "packet-en").getAttribute("href"));
            gallery.shoot("commission-agencies", "/agencies", 200);
            String police = hrefOfLink(gallery.page, POLICE);
            gallery.shoot("commission-police", police + "/commission", 200);
            String text = gallery.pdfPageOne("certificate-pdf", gallery.page.getByTestId(
                    SPANISH.equals(gallery.language) ? "certificate-es" : "certificate-en").first().getAttribute("href"));
            java.util.regex.Matcher link = Pattern.compile("/public/certificates/\\S+").matcher(text.replaceAll("\\s*\\n\\s*", ""));
            if (!link.find()) {
                throw new AssertionError("No verification link on the certificate: " + text);
            }
            verification[0] = link.group();
        });
        return verification[0];
    }

    /** The standards pages of the gallery manual, as someone who manages manuals sees them. */
    private static void manualPages(Gallery gallery, GalleryManuals manuals) {
        gallery.shoot("manuals", "/manuals", 200);
        gallery.shoot("manual-edition", "/manuals/" + manuals.later, 200);
        gallery.shoot("manual-draft", "/manuals/" + manuals.earlier, 200);
        gallery.shoot("manual-standard", "/manuals/" + manuals.later + "/standards/1.2.1", 200);
        gallery.shoot("manual-standard-time-sensitive", "/manuals/" + manuals.later + "/standards/1.2.9", 200);
        gallery.shoot("manual-search", "/manuals/" + manuals.later + "/search?q=revision", 200);
        gallery.shoot("manual-search-none", "/manuals/" + manuals.later + "/search?q=zzzz&tier=BASIC", 200);
        gallery.shoot("manual-compare", "/manuals/compare?from=" + manuals.earlier + "&to=" + manuals.later, 200);
    }

    /** The import page after htmx swapped in the error report of a file that is not a manual. */
    private static void importBrokenManual(Gallery gallery) {
        gallery.page.getByLabel(Pattern.compile("Elija el archivo|Choose the file")).setInputFiles(
                new FilePayload("roto.json", "application/json", "{\"format\": 1}".getBytes(StandardCharsets.UTF_8)));
        gallery.page.getByTestId("import-submit").click();
        assertThat(gallery.page.getByTestId("import-problems")).isVisible();
        browser.screenshot(gallery.page, "gallery-" + gallery.device + "-"
                + (SPANISH.equals(gallery.language) ? "es" : "en") + "-manual-import-rejected");
    }

    private static String myAgency(Page page) {
        return AcreditaShell.mainNav(page).nth(1).getAttribute("href");
    }

    private static String hrefOfLink(Page page, String text) {
        Locator link = page.locator("main a").filter(new Locator.FilterOptions().setHasText(text)).first();
        String href = link.getAttribute("href");
        if (href == null) {
            throw new AssertionError("No link to " + text + " on " + page.url());
        }
        return href;
    }

    /**
     * One browser visiting pages in one language and saving them as gallery-<device>-<language>-<name>.png.
     * A page that fails its checks is noted and the visit goes on, so one broken page does not hide
     * the others; {@link #assertEveryPageWasClean()} then lists them all.
     */
    private static final class Gallery {

        final Page page;
        final String language;
        final String device;
        final boolean phone;
        private final List<String> failures = new ArrayList<>();

        Gallery(Page page, String language, String device) {
            this.page = page;
            this.language = language;
            this.device = device;
            this.phone = "phone".equals(device);
        }

        void shoot(String name, String path, int status) {
            visit(name, path, response -> assertEquals(status, response.status(), () -> "HTTP status of " + path));
        }

        void shootIfItExists(String name, String path) {
            visit(name, path, response -> {
                if (response.status() == 404) {
                    log.info("{} answers 404: no such page yet, not in the gallery", path);
                    throw new NotThere();
                }
                assertEquals(200, response.status(), () -> "HTTP status of " + path);
            });
        }

        private void visit(String name, String path, java.util.function.Consumer<Response> statusCheck) {
            if (!browser.problems(page).isEmpty()) {
                failures.add("before " + name + ": " + browser.problems(page));
                browser.forgetProblems(page);
            }
            try {
                Response response = page.navigate(path);
                page.waitForLoadState();
                if (page.locator("[hx-trigger=load]").count() > 0) {
                    // Parts that load themselves (a standard's proofs) are in the picture too.
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                }
                statusCheck.accept(response);
                browser.screenshot(page, "gallery-" + device + "-" + (SPANISH.equals(language) ? "es" : "en") + "-" + name);
                String contentType = String.valueOf(response.headerValue("content-type"));
                if (!contentType.startsWith("text/html")) {
                    fail("answered " + contentType + " instead of a page: "
                            + response.text().substring(0, Math.min(200, response.text().length())));
                }
                PageChecks.assertCleanPage(browser, page, language);
                if (phone) {
                    PageChecks.assertNoSidewaysScroll(page);
                }
            } catch (NotThere skipped) {
                // nothing to look at yet
            } catch (AssertionError | PlaywrightException failure) {
                failures.add(name + " (" + path + "): " + failure.getMessage().lines().limit(4)
                        .collect(Collectors.joining(" | ")));
                browser.forgetProblems(page);
            }
        }

        /** Does something on the current page (a click, an upload) and checks and keeps the page it leads to. */
        void afterAction(String name, Runnable action) {
            try {
                action.run();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                browser.screenshot(page, fileName(name));
                PageChecks.assertCleanPage(browser, page, language);
                if (phone) {
                    PageChecks.assertNoSidewaysScroll(page);
                }
            } catch (AssertionError | PlaywrightException failure) {
                failures.add(name + " (after an action on " + page.url() + "): " + failure.getMessage().lines()
                        .limit(4).collect(Collectors.joining(" | ")));
                browser.forgetProblems(page);
            }
        }

        /** Downloads a PDF as the signed-in person, keeps its first page as a PNG to look at, and returns its text. */
        String pdfPageOne(String name, String path) {
            APIResponse response = page.request().get(path);
            try {
                assertEquals(200, response.status(), () -> "HTTP status of " + path);
                assertEquals("application/pdf", response.headers().get("content-type"), () -> "type of " + path);
                try (PDDocument pdf = Loader.loadPDF(response.body())) {
                    BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
                    Path file = Paths.get(System.getProperty("basedir", "."), "target", "screenshots",
                            fileName(name) + ".png");
                    Files.createDirectories(file.getParent());
                    ImageIO.write(image, "png", file.toFile());
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setEndPage(1);
                    return stripper.getText(pdf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                response.dispose();
            }
        }

        private String fileName(String name) {
            return "gallery-" + device + "-" + (SPANISH.equals(language) ? "es" : "en") + "-" + name;
        }

        /** Signs in as a demo user, shows the pages in this gallery's language, puts the user's language back. */
        void as(String username, Runnable pages) {
            signIn(page, username);
            String saved = page.locator("html").getAttribute("lang");
            useLanguage(page, language);
            try {
                pages.run();
            } catch (RuntimeException | AssertionError failure) {
                try {
                    restore(saved);
                } catch (RuntimeException | AssertionError alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
                throw failure;
            }
            restore(saved);
        }

        private void restore(String savedLanguage) {
            page.navigate("/");
            page.waitForLoadState();
            useLanguage(page, savedLanguage);
            signOut(page);
        }

        void assertEveryPageWasClean() {
            if (!browser.problems(page).isEmpty()) {
                failures.add("at the end: " + browser.problems(page));
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " page(s) in " + language + " on the " + device + " are not right:\n - "
                        + String.join("\n - ", failures));
            }
        }
    }

    /** A page that does not exist yet (answers 404) and is left out of the gallery. */
    private static final class NotThere extends RuntimeException {
        NotThere() {
            super(null, null, false, false);
        }
    }
}
