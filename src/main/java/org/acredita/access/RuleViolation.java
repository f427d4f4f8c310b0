package org.acredita.access;

/**
 * A request refused by a business rule or by invalid input. Carries a message key (resolved in the
 * caller's language by the web layer), its arguments, and the field it concerns when there is one.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static RuleViolation onField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }
}
