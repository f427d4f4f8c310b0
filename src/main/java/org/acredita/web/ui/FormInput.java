package org.acredita.web.ui;

import java.util.Arrays;
import java.util.Map;

/**
 * A form as it comes back after a rule refused it: what was typed in each field and the refusal's message
 * beside the field it is about. {@link #EMPTY} when the form was not refused, so every field shows its default.
 */
public record FormInput(Map<String, String[]> typed, String errorField, String errorMessage) {

    public static final FormInput EMPTY = new FormInput(Map.of(), null, null);

    /** Whether this form comes back refused (so a folded form opens again). */
    public boolean refused() {
        return !typed.isEmpty();
    }

    /** What was typed into the field, else the field's default value. */
    public String value(String field, Object fallback) {
        String[] values = typed.get(field);
        if (values != null && values.length > 0) {
            return values[0];
        }
        return fallback == null ? "" : fallback.toString();
    }

    /** Whether a choice (radio, checkbox, option) was picked in the refused form, else whether it is by default. */
    public boolean chosen(String field, String value, boolean fallback) {
        if (typed.isEmpty()) {
            return fallback;
        }
        String[] values = typed.get(field);
        return values != null && Arrays.asList(values).contains(value);
    }

    /** The refusal's message when it is about this field, else null. */
    public String error(String field) {
        return field.equals(errorField) ? errorMessage : null;
    }

    /** For aria-invalid on the field's input: "true" when the refusal is about it, else no attribute. */
    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }
}
