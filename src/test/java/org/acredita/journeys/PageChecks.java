package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What every page must be, whoever looks at it: in the language it says it is in, with one heading,
 * no message key or unfilled placeholder showing instead of words, and a clean console.
 */
final class PageChecks {

    /** What a message key looks like when it leaks into a page: {@code nav.home}, {@code user.status.invited}. */
    private static final Pattern KEY_LIKE = Pattern.compile("^[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+$");
    private static final Pattern UNFILLED_PLACEHOLDER = Pattern.compile("\\{\\d+}|\\?\\?\\?|\\?\\?[a-z]");

    /** Every element's own text (not its children's), the texts of attributes people read, and the title. */
    private static final String TEXTS = """
            () => {
              const texts = [document.title];
              const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
              for (let el = walker.currentNode; el; el = walker.nextNode()) {
                if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
                let own = '';
                for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) own += node.textContent;
                if (own.trim()) texts.push(own.trim());
                for (const name of ['placeholder', 'title', 'aria-label', 'alt', 'data-confirm']) {
                  const value = el.getAttribute(name);
                  if (value && value.trim()) texts.push(value.trim());
                }
                if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type) && el.value) texts.push(el.value);
              }
              return texts;
            }
            """;

    /**
     * The first part of every key in the bundles ({@code nav}, {@code home}, {@code user}...). Only
     * key-like text starting with one of them counts: user names such as {@code gerente.policia} look
     * like keys too but are data.
     */
    private static final Set<String> KEY_PREFIXES = keyPrefixes();

    private PageChecks() {
    }

    static void assertCleanPage(BrowserSupport browser, Page page, String language) {
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("h1")).hasText(Pattern.compile("\\S"));
        assertThat(page).hasTitle(Pattern.compile("^\\S.* · Acredita$"));
        assertThat(page.getByTestId("switch-language"))
                .hasText(BrowserSupport.SPANISH.equals(language) ? "English" : "Español");
        assertEquals(List.of(), leakedKeys(page), () -> "Message keys or placeholders shown on " + page.url());
        assertEquals(List.of(), browser.problems(page), () -> "Problems on " + page.url());
    }

    /** The page is no wider than the screen: nothing makes a phone scroll sideways. */
    static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(((Number) overflow).intValue() <= 0,
                () -> page.url() + " is " + overflow + " px wider than the screen: " + widestElements(page));
    }

    @SuppressWarnings("unchecked")
    static List<String> leakedKeys(Page page) {
        List<String> texts = (List<String>) page.evaluate(TEXTS);
        return texts.stream().filter(PageChecks::looksLikeLeakedKey).distinct().toList();
    }

    static boolean looksLikeLeakedKey(String text) {
        if (UNFILLED_PLACEHOLDER.matcher(text).find()) {
            return true;
        }
        return KEY_LIKE.matcher(text).matches() && KEY_PREFIXES.contains(text.substring(0, text.indexOf('.')));
    }

    private static Object widestElements(Page page) {
        return page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                  .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .slice(0, 5)
                  .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.')
                       + ' right=' + Math.round(el.getBoundingClientRect().right))
                """);
    }

    private static Set<String> keyPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages_*.properties")) {
                Properties keys = new Properties();
                try (InputStream in = bundle.getInputStream()) {
                    keys.load(in);
                }
                keys.stringPropertyNames().forEach(key -> prefixes.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (prefixes.isEmpty()) {
            throw new IllegalStateException("No message bundles found under i18n/*/ on the class path");
        }
        return prefixes;
    }
}
