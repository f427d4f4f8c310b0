package org.acredita.web.input;

/**
 * A request value refused at the boundary before any module sees it: the message says why; whoever knows
 * the field's name (the parameter, the JSON path) names it in the answer.
 */
public final class RefusedValue extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    RefusedValue(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The arguments after the field's name, which is always the message's first argument. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
