package org.acredita.portability.internal;

import java.util.List;

/** Something the import could not keep as it was (e.g. an assignee who is not one of the agency's people here). */
public record ImportNote(String messageKey, List<Object> arguments) {

    public ImportNote {
        arguments = List.copyOf(arguments);
    }

    public static ImportNote of(String messageKey, Object... arguments) {
        return new ImportNote(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
