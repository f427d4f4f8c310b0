package org.acredita.standards.internal;

import java.util.List;

/**
 * One reason a manual file was refused.
 *
 * @param location a JSON pointer into the document (also for YAML), or line:column for a file that
 *     could not be read at all
 * @param messageKey the message, resolved in the reader's language
 * @param arguments the message's arguments
 */
public record ImportProblem(String location, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem at(String location, String messageKey, Object... arguments) {
        return new ImportProblem(location, messageKey, List.of(arguments));
    }
}
