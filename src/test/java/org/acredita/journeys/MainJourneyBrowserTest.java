package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.html;
import static org.acredita.journeys.AcreditaShell.mainNav;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.AcreditaShell.signOut;
import static org.acredita.journeys.AcreditaShell.switchLanguage;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.acredita.support.AcreditaIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The main journeys through Acredita in a real browser, against the demo programme. */
@AcreditaIntegrationTest
class MainJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @LocalServerPort
    int port;

    @Test
    void managerSignsInInSpanishSwitchesToEnglishAndSignsOut() {
        Page page = browser.page();
        boolean finished = false;
        try {
            signIn(page, "gerente.policia");
            assertThat(html(page)).hasAttribute("lang", SPANISH);
            assertThat(page.locator("h1")).hasText("Hola, Laura Méndez Ortiz");
            assertThat(mainNav(page)).hasText(new String[] {"Inicio", "Mi institución", "Normas", "Bitácora"});
            assertThat(page.getByTestId("inbox-returned")).containsText("Devueltas a la institución");
            browser.screenshot(page, "journey-01-manager-home-es");

            switchLanguage(page);
            assertThat(page.locator("h1")).hasText("Hello, Laura Méndez Ortiz");
            assertThat(mainNav(page)).hasText(new String[] {"Home", "My agency", "Standards", "Audit"});
            assertThat(page.getByTestId("inbox-returned")).containsText("Returned to the agency");
            browser.screenshot(page, "journey-02-manager-home-en");

            // The choice is saved on the user, not only in a cookie: forget every cookie, sign in again.
            signOut(page);
            assertThat(page.getByTestId("login-info")).hasText("You have signed out.");
            page.context().clearCookies();
            page.navigate("/login");
            assertThat(html(page)).hasAttribute("lang", SPANISH);
            signIn(page, "gerente.policia");
            assertThat(html(page)).hasAttribute("lang", ENGLISH);
            assertThat(mainNav(page)).hasText(new String[] {"Home", "My agency", "Standards", "Audit"});

            // Another agency's page does not exist for her, in her language, and shows nothing of it.
            UUID c5 = organisationIdSeenByAdmin("Centro C5 de Mérida");
            Response response = page.navigate("/organisations/" + c5);
            assertEquals(404, response.status());
            assertThat(html(page)).hasAttribute("lang", ENGLISH);
            assertThat(page.getByTestId("error-title")).hasText("Not found");
            assertThat(page.getByTestId("error-detail")).hasText(
                    "We could not find what you are looking for. It may not exist or you may not have access to it.");
            assertThat(page.locator("body")).not().containsText("C5");
            assertThat(page.locator("body")).not().containsText("Mérida");
            assertThat(page).hasTitle(Pattern.compile("^Not found · Acredita$"));
            browser.screenshot(page, "journey-03-foreign-agency-404-en");

            // Switching the language stays on the same page: the same refusal, now in Spanish.
            switchLanguage(page);
            assertThat(page.getByTestId("error-title")).hasText("No encontrado");
            assertThat(page.getByTestId("error-detail")).hasText(
                    "No encontramos lo que busca. Puede que no exista o que no tenga acceso a ello.");
            assertThat(page.locator("body")).not().containsText("Mérida");
            browser.screenshot(page, "journey-04-foreign-agency-404-es");
            signOut(page);
            assertThat(page).hasURL("http://localhost:" + port + "/login?logout");
            assertThat(page.getByTestId("login-info")).hasText("Cerró su sesión correctamente.");
            assertThat(page.locator("h1")).hasText("Iniciar sesión");
            browser.screenshot(page, "journey-05-signed-out-es");
            assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the pages: " + browser.problems(page));
            finished = true;
        } finally {
            if (!finished) {
                AcreditaShell.restoreSavedLanguage(browser, "gerente.policia", SPANISH);
            }
        }
    }

    @Test
    void wrongPasswordShowsClearSpanishMessage() {
        Page page = browser.page();
        page.navigate("/login");
        page.getByLabel("Usuario", EXACT).fill("personal.policia");
        page.getByLabel("Contraseña", EXACT).fill("no-es-la-contraseña");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error=bad$"));
        Locator error = page.getByRole(AriaRole.ALERT);
        assertThat(error).hasText("Usuario o contraseña incorrectos.");
        assertThat(page.getByLabel("Contraseña", EXACT)).isEmpty();
        browser.screenshot(page, "login-wrong-password-es");

        // An unknown user gets the very same answer: the page does not reveal which accounts exist.
        page.locator("#username").fill("nadie.en.particular");
        page.locator("#password").fill("cualquier-cosa-123");
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("login-error")).hasText("Usuario o contraseña incorrectos.");

        // The right password still works (and clears the failure count for the other tests).
        signIn(page, "personal.policia");
        assertThat(page.locator("h1")).hasText("Hola, Jorge Ramírez Soto");
        assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the pages: " + browser.problems(page));
    }

    @Test
    void roleNavigationDiffersByRole() {
        Page admin = browser.page();
        signIn(admin, "admin");
        assertThat(mainNav(admin)).hasText(new String[] {"Inicio", "Programas", "Instituciones", "Organizaciones", "Evaluaciones", "Comisión", "Normas", "Usuarios", "Bitácora"});
        browser.screenshot(admin, "roles-admin-home-es");

        Page funder = browser.newPage(SPANISH);
        signIn(funder, "financiador");
        assertThat(html(funder)).hasAttribute("lang", ENGLISH);
        assertThat(mainNav(funder)).hasText(new String[] {"Home", "Programmes", "Agencies", "Organisations", "Standards"});
        assertThat(funder.locator("header")).not().containsText("Users");
        assertThat(funder.locator("header")).not().containsText("Usuarios");
        browser.screenshot(funder, "roles-funder-home-en");
        Response refused = funder.navigate("/admin/users");
        assertEquals(403, refused.status());
        assertThat(funder.getByTestId("error-title")).hasText("Access denied");
        assertThat(funder.locator("main")).not().containsText("Laura Méndez Ortiz");

        Page advisor = browser.newPage(SPANISH);
        signIn(advisor, "asesor");
        assertThat(mainNav(advisor)).hasText(new String[] {"Inicio", "Programas", "Instituciones", "Organizaciones", "Evaluaciones", "Normas"});
        mainNav(advisor).filter(new Locator.FilterOptions().setHasText("Organizaciones")).click();
        assertThat(advisor).hasURL(Pattern.compile("/organisations$"));
        Locator table = advisor.getByTestId("organisations-AGENCY");
        assertThat(table).containsText("Secretaría de Seguridad Ciudadana de Querétaro");
        assertThat(table).containsText("Centro C5 de Mérida");
        assertThat(table).not().containsText("Academia Estatal de Policía de Chihuahua");
        browser.screenshot(advisor, "roles-advisor-organisations-es");

        for (Page page : new Page[] {admin, funder, advisor}) {
            assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the pages: " + browser.problems(page));
        }
    }

    @Test
    void adminInvitesUserWhoSetsPassword() {
        String username = "invitada." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Page admin = browser.page();
        signIn(admin, "admin");
        admin.navigate("/admin/users/new");
        assertThat(admin.locator("h1")).hasText("Nuevo usuario");
        admin.getByLabel("Nombre de usuario").fill(username);
        admin.getByLabel("Nombre completo").fill("Sofía Invitada Ruiz");
        admin.getByLabel("Correo electrónico").fill(username + "@demo.acredita.invalid");
        admin.locator("#locale").selectOption(SPANISH);
        String police = admin.locator("#organisationId option")
                .filter(new Locator.FilterOptions().setHasText("Secretaría de Seguridad Ciudadana de Querétaro"))
                .getAttribute("value");
        admin.locator("#organisationId").selectOption(police);
        admin.getByLabel("Personal de la institución").check();
        assertThat(admin.getByLabel("Contraseña inicial (opcional)")).isEmpty();
        browser.screenshot(admin, "invite-01-new-user-form-es");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear")).click();

        assertThat(admin.locator("h1")).containsText("Sofía Invitada Ruiz");
        assertThat(admin.locator(".alert-success")).hasText(
                "Usuario creado. Comparta el enlace de invitación de abajo; solo se muestra una vez.");
        assertThat(admin.locator("main")).containsText("Invitado");
        Locator link = admin.getByTestId("invitation-link");
        assertThat(link).hasText(Pattern.compile("^http://localhost:\\d+/invitation/\\S+$"));
        browser.screenshot(admin, "invite-02-invitation-link-es");
        String invitation = link.innerText().strip();

        Page invited = browser.newPage(SPANISH);
        Response opened = invited.navigate(invitation);
        assertEquals(200, opened.status());
        assertThat(invited.locator("h1")).hasText("Le damos la bienvenida a Acredita");
        assertThat(invited.getByTestId("invited-username")).hasText(username);
        invited.getByLabel("Nueva contraseña", EXACT).fill("Tamales-de-rajas-2026");
        invited.getByLabel("Confirme la nueva contraseña", EXACT).fill("Tamales-de-rajas-2026");
        browser.screenshot(invited, "invite-03-choose-password-es");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar cuenta")).click();

        assertThat(invited).hasURL(Pattern.compile("/login$"));
        assertThat(invited.locator(".alert-success")).hasText("Cuenta activada. Inicie sesión con su nueva contraseña.");
        browser.screenshot(invited, "invite-04-activated-es");
        signIn(invited, username, "Tamales-de-rajas-2026");
        assertThat(invited.locator("h1")).hasText("Hola, Sofía Invitada Ruiz");
        assertThat(mainNav(invited)).hasText(new String[] {"Inicio", "Mi institución", "Normas"});
        assertThat(invited.getByTestId("inbox")).isVisible();

        // The link was for one use only.
        Page again = browser.newPage(SPANISH);
        Response reused = again.navigate(invitation);
        assertEquals(410, reused.status());
        assertThat(again.getByTestId("link-unusable")).hasText(
                "Este enlace de invitación ya se usó o venció. Pida uno nuevo a la persona administradora.");

        admin.reload();
        assertThat(admin.locator("main")).containsText("Activo");
        for (Page page : new Page[] {admin, invited}) {
            assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the pages: " + browser.problems(page));
        }
    }

    /** Asks the API, as the administrator in a browser of their own, for an organisation's id. */
    private UUID organisationIdSeenByAdmin(String namePrefix) {
        Page admin = browser.newPage(SPANISH);
        signIn(admin, "admin");
        APIResponse response = admin.context().request().get(browser.baseUrl() + "/api/v1/organisations");
        assertEquals(200, response.status(), response::text);
        JsonNode organisations = JsonMapper.builder().build().readTree(response.text());
        return StreamSupport.stream(organisations.spliterator(), false)
                .filter(organisation -> organisation.get("name").asString().startsWith(namePrefix))
                .map(organisation -> UUID.fromString(organisation.get("id").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No organisation named " + namePrefix + " in " + organisations));
    }
}
