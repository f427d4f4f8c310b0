package org.acredita.compliance;

import java.util.List;
import java.util.Map;
import org.acredita.standards.Level;
import org.springframework.context.MessageSourceResolvable;

/**
 * One thing that keeps a file from passing today, shown as a localized message.
 *
 * @param kind a code, one of the constants here or another module's own (such as MISSING_PROOF)
 * @param number the standard it is about, or null when it is about the file as a whole
 * @param level the standard's level, or null
 * @param messageKey the bundle key of the message; its arguments may themselves be message resolvables
 * @param details further facts for the API, by name and in the order given (status, needed, request...)
 */
public record ComplianceBlocker(String kind, String number, Level level, String messageKey, List<Object> arguments,
        Map<String, Object> details) implements MessageSourceResolvable {

    public static final String MANDATORY_NOT_MET = "MANDATORY_NOT_MET";
    public static final String OTHER_BELOW_THRESHOLD = "OTHER_BELOW_THRESHOLD";
    public static final String WAIVER_EXPIRED = "WAIVER_EXPIRED";
    public static final String REQUEST_PENDING = "REQUEST_PENDING";

    public ComplianceBlocker {
        arguments = List.copyOf(arguments);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }
}
