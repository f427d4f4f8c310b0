package org.acredita.standards;

import java.util.List;

/**
 * Whether a standard applies to an agency, at which level, and why, so a person can check the answer.
 *
 * @param level the level for the agency's size class; meaningful only when the standard applies
 * @param reasons message keys with arguments, in the order they were decided
 */
public record Applicability(String number, boolean applies, Level level, List<Reason> reasons) {

    public Applicability {
        reasons = List.copyOf(reasons);
    }

    /** One step of the decision, as a message in the reader's language. */
    public record Reason(String messageKey, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }

        static Reason of(String messageKey, Object... arguments) {
            return new Reason(messageKey, List.of(arguments));
        }
    }
}
