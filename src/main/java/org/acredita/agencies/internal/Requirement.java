package org.acredita.agencies.internal;

import org.acredita.agencies.Phase;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something a transition lacks, as a message key with its arguments; phase arguments are themselves
 * message keys, so the whole sentence reads in the user's language.
 */
public record Requirement(String messageKey, Serializable... arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static Serializable phase(Phase phase) {
        return new DefaultMessageSourceResolvable("agencies.phase." + phase.name());
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(arguments);
    }
}
