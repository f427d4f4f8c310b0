package org.acredita.portability.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.acredita.standards.Text;

/**
 * What the archive's human index shows beside the machine manifest: the file's chapters and standards with
 * their titles (which the manifest leaves to the manual), statuses, assignees and proofs, each content linked
 * to its {@code files/<sha256>} entry under its original name, so every content is still stored once.
 *
 * @param pages the index pages by language tag, each linking to the other
 */
public record ReadableIndex(String agency, String edition, Text editionTitle, Text tier, Instant exportedAt,
        ZoneId zone, List<Chapter> chapters) {

    /** The pages of the index: Spanish first (the product's first language), then English. */
    public static final Map<String, String> PAGES = Map.of("es-MX", "index.html", "en", "index.en.html");
    public static final List<String> LANGUAGES = List.of("es-MX", "en");

    public ReadableIndex {
        chapters = List.copyOf(chapters);
    }

    public record Chapter(int number, Text title, List<Entry> standards) {

        public Chapter {
            standards = List.copyOf(standards);
        }
    }

    /** A standard's title from the manual, with everything else as the manifest writes it. */
    public record Entry(Text title, Manifest.Standard standard) {
    }
}
