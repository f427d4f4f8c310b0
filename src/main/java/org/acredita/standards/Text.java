package org.acredita.standards;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/** A text of a manual in Spanish and English; either may be missing while a translation is pending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Text(String es, String en) {

    /** Null when there is no text in either language, so absent texts stay absent in the exchange format. */
    public static Text of(String es, String en) {
        return es == null && en == null ? null : new Text(es, en);
    }

    public String in(String language) {
        return "en".equals(language) ? en : es;
    }

    /** The text in the reader's language, or the other one when it has not been translated yet. */
    public String in(Locale locale) {
        String wanted = in(locale.getLanguage());
        return wanted == null || wanted.isBlank() ? in("en".equals(locale.getLanguage()) ? "es" : "en") : wanted;
    }
}
