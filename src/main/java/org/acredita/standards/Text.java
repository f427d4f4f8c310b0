package org.acredita.standards;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A text of a manual in Spanish and English; either may be missing while a translation is pending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Text(String es, String en) {

    /** Null when there is no text in either language, so absent texts stay absent in the exchange format. */
    public static Text of(String es, String en) {
        return es == null && en == null ? null : new Text(es, en);
    }
}
