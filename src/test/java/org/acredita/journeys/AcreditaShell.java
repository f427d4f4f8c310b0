package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/**
 * What a person does with the page shell of Acredita in a browser: sign in with a demo account,
 * read the main navigation, switch the language, sign out. The demo accounts are seeded on the
 * embedded database (see {@code identity/demo/DemoData}).
 */
final class AcreditaShell {

    static final String DEMO_PASSWORD = "acredita-demo";

    private static final int BOOTSTRAP_LG = 992;
    private static final Pattern ON_LOGIN_PAGE = Pattern.compile("/login([?#].*)?$");

    private AcreditaShell() {
    }

    static void signIn(Page page, String username) {
        signIn(page, username, DEMO_PASSWORD);
    }

    /** Signs in on the login page and waits until the browser has left it. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByTestId("sign-in").click();
        assertThat(page).not().hasURL(ON_LOGIN_PAGE);
        page.waitForLoadState();
    }

    /** Signs out through the user menu (opening the collapsed navigation first on a narrow screen). */
    static void signOut(Page page) {
        // Parts of a page that load after it (htmx panels) re-render around the menu: let them finish first.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        openCollapsedNavigation(page);
        // A page still settling (an htmx swap after the last action) can close the menu as it opens: open it again.
        for (int attempt = 0; attempt < 3 && !page.getByTestId("sign-out").isVisible(); attempt++) {
            page.getByTestId("user-menu").click();
            try {
                page.getByTestId("sign-out").waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE).setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError closedAgain) {
                page.keyboard().press("Escape");
            }
        }
        page.getByTestId("sign-out").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        page.waitForLoadState();
    }

    /** The links of the main navigation, in order (not the brand, the language switch or the user menu). */
    static Locator mainNav(Page page) {
        return page.locator("#mainNav ul.me-auto a.nav-link");
    }

    static Locator html(Page page) {
        return page.locator("html");
    }

    /** Switches to the other language with the button in the page header and waits for the new page. */
    static void switchLanguage(Page page) {
        String before = html(page).getAttribute("lang");
        String after = BrowserSupport.SPANISH.equals(before) ? BrowserSupport.ENGLISH : BrowserSupport.SPANISH;
        openCollapsedNavigation(page);
        page.getByTestId("switch-language").click();
        assertThat(html(page)).hasAttribute("lang", after);
        page.waitForLoadState();
    }

    /** Makes the signed-in user's saved language {@code language}; returns whether it had to change it. */
    static boolean useLanguage(Page page, String language) {
        if (language.equals(html(page).getAttribute("lang"))) {
            return false;
        }
        switchLanguage(page);
        return true;
    }

    /**
     * Puts a demo user's saved language back, in a context of its own, so a failed test does not
     * leave other tests facing a user who suddenly speaks the other language.
     */
    static void restoreSavedLanguage(BrowserSupport browser, String username, String language) {
        Page page = browser.newPage(language);
        signIn(page, username);
        useLanguage(page, language);
    }

    /** Below Bootstrap's lg breakpoint the navigation of a signed-in user hides behind the toggler. */
    private static void openCollapsedNavigation(Page page) {
        Locator toggler = page.locator(".navbar-toggler");
        boolean narrow = page.viewportSize() != null && page.viewportSize().width < BOOTSTRAP_LG;
        if (narrow && toggler.count() > 0 && "false".equals(toggler.getAttribute("aria-expanded"))) {
            toggler.click();
            assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
        }
    }
}
