package org.acredita.standards.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.Relationship;
import org.acredita.standards.Text;
import org.acredita.standards.internal.TranslationStatus;

/**
 * One edition of a manual in Acredita's exchange format, the same model in JSON and YAML
 * ({@code standards/acredita-manual.schema.json}, documented in {@code docs/standards-format.md}).
 * Empty lists and absent values are left out when written, so an export carries only what the manual says.
 * Exposed to other modules ({@code Manuals.document}) so they can show a standard's full text.
 */
@org.springframework.modulith.NamedInterface("manual-document")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ManualDocument(String format, String programme, String code, String version, Text title,
        String effectiveDate, String transitionDate, String authoritativeLanguage, List<String> requiredLanguages,
        List<SizeClass> sizeClasses, List<Tier> tiers, List<Chapter> chapters, List<Standard> standards,
        Crosswalk crosswalk) {

    public static final String FORMAT = "acredita-manual/1";

    public ManualDocument {
        requiredLanguages = listOf(requiredLanguages);
        sizeClasses = listOf(sizeClasses);
        tiers = listOf(tiers);
        chapters = listOf(chapters);
        standards = listOf(standards);
    }

    /** Agencies of a size class have between min and max authorised full-time personnel (no max: or more). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SizeClass(String code, int minPersonnel, Integer maxPersonnel) {
    }

    public record Tier(String code, Text name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Chapter(int number, Text title, List<Section> sections) {

        public Chapter {
            sections = listOf(sections);
        }
    }

    public record Section(int number, Text title) {
    }

    /**
     * A standard; {@code level} holds for every size class except those listed in {@code levelBySizeClass}.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Standard(String number, Text title, Text statement, Text commentary, Text proofGuidance,
            TranslationStatus translation, Level level, Map<String, Level> levelBySizeClass, List<String> tiers,
            List<String> functions, TimeSensitivity timeSensitivity, List<Element> elements) {

        public Standard {
            levelBySizeClass = levelBySizeClass == null ? Map.of() : levelBySizeClass;
            tiers = listOf(tiers);
            functions = listOf(functions);
            elements = listOf(elements);
        }

        public int[] sortKey() {
            String[] parts = number.split("\\.");
            int[] key = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                key[i] = Integer.parseInt(parts[i]);
            }
            return key;
        }
    }

    /** What must be proven how often. */
    public record TimeSensitivity(Frequency frequency, Text proof) {
    }

    /** A lettered bullet of a standard: a, b, c... */
    public record Element(String letter, Text text) {
    }

    /** How the standards of an earlier edition map onto this one. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Crosswalk(EditionRef fromEdition, List<Entry> entries) {

        public Crosswalk {
            entries = listOf(entries);
        }
    }

    public record EditionRef(String code, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String from, String to, Relationship relationship) {
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
