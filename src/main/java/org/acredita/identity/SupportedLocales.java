package org.acredita.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Acredita speaks: Spanish (Mexico) first, English second. */
public final class SupportedLocales {

    public static final String SPANISH = "es-MX";
    public static final String ENGLISH = "en";
    public static final List<String> ALL = List.of(SPANISH, ENGLISH);
    public static final Locale DEFAULT = Locale.forLanguageTag(SPANISH);

    private SupportedLocales() {
    }

    /** Maps what a user or browser asked for to a supported tag; unknown languages give empty. */
    public static Optional<String> match(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(requested.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "es" -> Optional.of(SPANISH);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
