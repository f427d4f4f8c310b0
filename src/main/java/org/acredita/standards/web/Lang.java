package org.acredita.standards.web;

import org.acredita.standards.Text;

/** Picks a manual text in the reader's language, falling back to the other while a translation is pending. */
public final class Lang {

    private Lang() {
    }

    public static String of(Text text, boolean english) {
        if (text == null) {
            return "";
        }
        String preferred = english ? text.en() : text.es();
        return preferred == null || preferred.isBlank() ? (english ? text.es() : text.en()) : preferred;
    }

    /** One language only, empty when missing: the side-by-side view shows what each language really says. */
    public static String only(Text text, boolean english) {
        String value = text == null ? null : english ? text.en() : text.es();
        return value == null ? "" : value;
    }
}
