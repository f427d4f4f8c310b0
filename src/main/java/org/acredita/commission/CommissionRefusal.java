package org.acredita.commission;

import org.acredita.access.RuleViolation;

/**
 * A change the Commission's rules or the agency's lifecycle refuse as things stand (a commissioner with a declared
 * conflict, a decision the lifecycle does not allow): the API answers 409, a page shows the message.
 */
public class CommissionRefusal extends RuleViolation {

    public CommissionRefusal(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
