package org.acredita.standards.oscal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Turns OSCAL's free-form names and versions into the identifiers an Acredita edition needs. */
final class OscalNames {

    private static final int MAX_IDENTIFIER = 40;

    private OscalNames() {
    }

    /**
     * An edition code from a catalog title: words that carry a number or are already capitals stay
     * whole ({@code 800-53}, {@code NIST}), others give their initial, so "NIST Special Publication
     * 800-53 Revision 5.1.1 PRIVACY BASELINE" becomes {@code NIST-SP-800-53-R-5.1.1-PRIVACY-BASELINE}.
     */
    static String code(String title, Set<String> stopwords) {
        StringBuilder code = new StringBuilder();
        boolean lastWasInitial = false;
        for (String raw : title.split("\\s+")) {
            String word = raw.replaceAll("[^\\p{L}\\p{N}._-]", "").replaceAll("^[._-]+|[._-]+$", "");
            if (word.isEmpty() || stopwords.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean whole = word.matches(".*\\d.*") || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String piece = whole ? word : word.substring(0, 1).toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !(lastWasInitial && !whole)) {
                code.append('-');
            }
            code.append(piece);
            lastWasInitial = !whole;
        }
        return identifier(code.toString(), "OSCAL");
    }

    /** metadata.version as an edition version: {@code 5.1.1+u4} becomes {@code 5.1.1-u4}. */
    static String version(String version) {
        return identifier(version.strip().replaceAll("[^A-Za-z0-9._-]+", "-"), "1");
    }

    private static String identifier(String candidate, String fallback) {
        String value = candidate.replaceAll("[^A-Za-z0-9._-]", "").replaceAll("^[^A-Za-z0-9]+", "");
        if (value.length() > MAX_IDENTIFIER) {
            value = value.substring(0, MAX_IDENTIFIER).replaceAll("[._-]+$", "");
        }
        return value.isEmpty() ? fallback : value;
    }

    /**
     * How readers know a control: its plain {@code label} prop (NIST also gives zero-padded and
     * SP 800-53A variants, marked by a class), else its id.
     */
    static String label(JsonNode control) {
        String any = null;
        for (JsonNode prop : control.path("props")) {
            if ("label".equals(prop.path("name").asString("")) && prop.path("ns").isMissingNode()) {
                String value = prop.path("value").asString("").strip();
                if (!value.isEmpty() && prop.path("class").isMissingNode()) {
                    return value;
                }
                any = any == null && !value.isEmpty() ? value : any;
            }
        }
        return any != null ? any : control.path("id").asString("").strip();
    }

    /** The value of a prop by name, in a namespace or (null) in OSCAL's own. */
    static String prop(JsonNode node, String name, String ns) {
        for (JsonNode prop : node.path("props")) {
            boolean sameNs = ns == null ? prop.path("ns").isMissingNode() : ns.equals(prop.path("ns").asString(""));
            if (name.equals(prop.path("name").asString("")) && sameNs) {
                String value = prop.path("value").asString("").strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    static boolean isTierCode(String value) {
        return value.matches("[A-Za-z0-9_-]{1,40}");
    }

    static boolean isDate(String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
