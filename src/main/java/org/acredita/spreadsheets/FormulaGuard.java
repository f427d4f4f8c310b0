package org.acredita.spreadsheets;

/**
 * Keeps text written to a spreadsheet cell from being run as a formula (OWASP "CSV injection"): a value
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheet
 * programs read as "this is text". Writers also store such values as text cells, never as formulas;
 * real numbers stay numeric cells and need no guard.
 *
 * <p>A value that already starts with an apostrophe gets one more, so {@link #restore} gives back exactly
 * the text that was written: a file the product exports and imports again keeps every text unchanged.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final char TEXT_MARK = '\'';

    private FormulaGuard() {
    }

    /** The text as it goes into a cell; {@code null} stays {@code null}. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == TEXT_MARK || TRIGGERS.indexOf(first) >= 0 ? TEXT_MARK + value : value;
    }

    /**
     * The text a cell of the product's own spreadsheet format stands for: one leading apostrophe is the
     * text mark {@link #neutralise} added (as it is in a spreadsheet program), not part of the text.
     */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == TEXT_MARK ? cell.substring(1) : cell;
    }
}
