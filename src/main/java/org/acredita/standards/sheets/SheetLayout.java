package org.acredita.standards.sheets;

import java.util.List;

/**
 * The documented layout ({@code docs/standards-spreadsheet.md}): the header names of the sheet
 * "manual" (one row of edition metadata; in CSV the {@code #key=value} lines) and of the sheet
 * "standards" (one row per standard, one per element), in column order.
 */
final class SheetLayout {

    static final String MANUAL = "manual";
    static final String STANDARDS = "standards";

    static final List<String> MANUAL_COLUMNS = List.of("code", "version", "programme", "title_es", "title_en",
            "effective_date", "transition_date", "authoritative_language", "required_languages", "size_classes",
            "tiers");

    static final List<String> STANDARD_COLUMNS = List.of("number", "element", "chapter", "chapter_title_es",
            "chapter_title_en", "section", "section_title_es", "section_title_en", "title_es", "title_en", "text_es",
            "text_en", "commentary_es", "commentary_en", "proof_guidance_es", "proof_guidance_en", "level",
            "levels_by_size_class", "tiers", "functions", "frequency", "proof_es", "proof_en", "translation");

    /** A standard and all its elements (at most 26, a to z) per row, plus the header. */
    static final int MAX_ROWS = org.acredita.standards.format.ManualValidator.MAX_STANDARDS * 27 + 1;

    private SheetLayout() {
    }

    static int column(String name) {
        int index = STANDARD_COLUMNS.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    /** A, B, ... Z, AA: how spreadsheet programs name the column with this zero-based index. */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
