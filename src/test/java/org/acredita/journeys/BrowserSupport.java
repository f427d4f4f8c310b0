package org.acredita.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Debian Chromium per test class, a fresh browser context per test (Spanish, Mexico,
 * unless a test asks for another language), screenshots under {@code target/screenshots/}, and every
 * console error, uncaught script error, Content-Security-Policy violation and failed sub-resource a
 * page produced, so tests can insist on a clean page.
 *
 * <p>Register it as a static field: {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}
 * next to {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}; it finds the server's port in the
 * Spring test context, so pages navigate with paths ({@code page.navigate("/login")}).
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String SPANISH = "es-MX";
    public static final String ENGLISH = "en";
    public static final Viewport DESKTOP = new Viewport(1280, 900, false);
    public static final Viewport PHONE = new Viewport(390, 844, true);

    /** Pages here answer in milliseconds; a locator that finds nothing should fail fast, not after 30 s. */
    private static final double ACTION_TIMEOUT_MS = 10_000;

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    /** Reports CSP violations explicitly, in addition to Chromium's own console message. */
    private static final String CSP_LISTENER = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    private static final Pattern DOCUMENT_LOAD_FAILURE = Pattern.compile("^Failed to load resource: the server responded with a status of \\d+.*");

    /** The size of the window; a phone also gets touch and honours the page's viewport meta tag. */
    public record Viewport(int width, int height, boolean mobile) {
    }

    private Playwright playwright;
    private Browser browser;
    private String baseUrl;
    private Page page;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<Page, PageProblems> problems = new IdentityHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + ": install it with 'apt-get install -y chromium' (Playwright never downloads a browser here).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("BrowserSupport needs @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        baseUrl = "http://localhost:" + port;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                int n = 1;
                for (BrowserContext open : contexts) {
                    for (Page p : open.pages()) {
                        screenshot(p, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                                + context.getRequiredTestMethod().getName() + "-" + n++);
                    }
                }
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            problems.clear();
            page = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The test's own page: a fresh context in Spanish (Mexico) at desktop size, created on first use. */
    public Page page() {
        if (page == null) {
            page = newPage(SPANISH);
        }
        return page;
    }

    /** Another person at another computer: a new context (no shared cookies) at desktop size. */
    public Page newPage(String locale) {
        return newPage(locale, DESKTOP);
    }

    public Page newPage(String locale, Viewport viewport) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale(locale)
                .setTimezoneId("America/Mexico_City")
                .setViewportSize(viewport.width(), viewport.height())
                .setIsMobile(viewport.mobile())
                .setHasTouch(viewport.mobile()));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        context.addInitScript(CSP_LISTENER);
        context.onPage(this::watch);
        contexts.add(context);
        return context.newPage();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Saves a full-page PNG as {@code target/screenshots/<name>.png}. */
    public Path screenshot(Page page, String name) {
        Path file = Paths.get(System.getProperty("basedir", "."), "target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * What went wrong on a page since it opened (or since {@link #forgetProblems}): console errors,
     * uncaught errors, CSP violations and sub-resources answered with an error. A document answered
     * with an error status (a 404 page the test asked for) is not a problem by itself: tests check it.
     */
    public List<String> problems(Page page) {
        PageProblems found = problems.get(page);
        return found == null ? List.of() : List.copyOf(found.messages);
    }

    public void forgetProblems(Page page) {
        PageProblems found = problems.get(page);
        if (found != null) {
            found.messages.clear();
        }
    }

    private void watch(Page page) {
        PageProblems found = new PageProblems();
        problems.put(page, found);
        page.onResponse(response -> {
            if ("document".equals(response.request().resourceType())) {
                found.documents.add(response.url());
            } else if (response.status() >= 400) {
                found.messages.add("HTTP " + response.status() + " for " + response.request().resourceType() + " "
                        + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if (!"error".equals(message.type())) {
                return;
            }
            String location = message.location();
            boolean documentStatus = DOCUMENT_LOAD_FAILURE.matcher(message.text()).matches()
                    && found.documents.stream().anyMatch(url -> location != null && location.startsWith(url));
            if (!documentStatus) {
                found.messages.add("console error: " + message.text() + " (" + location + ")");
            }
        });
        page.onPageError(error -> found.messages.add("uncaught error: " + error));
        page.onRequestFailed(request -> {
            if (!"document".equals(request.resourceType())) {
                found.messages.add("request failed: " + request.url() + " " + request.failure());
            }
        });
    }

    private static final class PageProblems {
        final List<String> messages = new ArrayList<>();
        final Set<String> documents = new java.util.HashSet<>();
    }
}
