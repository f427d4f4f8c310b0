package org.acredita.assessments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.util.function.Function;
import org.acredita.access.RuleViolation;

/**
 * How the assessment pages read their forms' optional fields: a blank field is absent, a value that does not parse is
 * refused on its own field (so the form comes back with the message beside it), and what was typed is kept as typed.
 */
final class FormFields {

    private FormFields() {
    }

    /** The field parsed, null when blank; a value {@code parse} rejects is refused with {@code refusal}. */
    static <T> T optional(HttpServletRequest request, String field, Function<String, T> parse, String refusal) {
        String value = request.getParameter(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw RuleViolation.onField(field, refusal);
        }
    }

    /** What was typed in the field, empty when it was not sent. */
    static String typed(HttpServletRequest request, String field) {
        String value = request.getParameter(field);
        return value == null ? "" : value;
    }
}
