package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The application's own style sheet closes every block it opens: a rule left inside an unclosed
 * {@code @media (max-width: …)} block silently applies on phones only (the report page's tables lost their borders
 * on a desktop that way).
 */
class StyleSheetTest {

    @Test
    void everyBlockOfTheStyleSheetIsClosedSoDesktopRulesApplyOnADesktop() throws IOException {
        String css;
        try (InputStream in = StyleSheetTest.class.getResourceAsStream("/static/assets/acredita.css")) {
            assertThat(in).as("assets/acredita.css on the class path").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a block closed twice at line %d (comments removed)", line).isNotNegative();
            } else if (c == '@' && depth > 0) {
                throw new AssertionError("An at-rule opens inside another block at line " + line
                        + " (comments removed): the block before it is not closed");
            }
        }
        assertThat(depth).as("blocks left open at the end of the style sheet").isZero();
    }
}
