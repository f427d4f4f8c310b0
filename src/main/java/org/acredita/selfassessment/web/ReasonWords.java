package org.acredita.selfassessment.web;

import java.util.Locale;
import java.util.Map;
import org.acredita.standards.Applicability.Reason;
import org.acredita.standards.Text;

/**
 * The arguments of applicability reasons in the reader's words: a reason records the tier or function it
 * names by code ({@code BASIC}, {@code CALL_TAKING_911}), the page shows that tier's or function's name.
 *
 * @param names tier and function names by code
 */
public record ReasonWords(Map<String, Text> names) {

    public Object[] arguments(Reason reason, Locale locale) {
        return reason.arguments().stream().map(argument -> {
            Text name = argument instanceof String code ? names.get(code) : null;
            if (name == null) {
                return argument;
            }
            String english = name.en() == null ? name.es() : name.en();
            return "en".equals(locale.getLanguage()) ? english : name.es() == null ? english : name.es();
        }).toArray();
    }
}
