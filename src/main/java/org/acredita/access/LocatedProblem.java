package org.acredita.access;

import java.util.List;

/**
 * One thing wrong with an uploaded file, and where: a reason a {@link RefusedWithProblems} lists.
 *
 * @param location where in the file: a JSON pointer, a ZIP entry, a spreadsheet cell or line:column for a file
 *     that could not be read at all; empty when it concerns the whole file
 * @param messageKey the explanation, resolved in the reader's language by the web layer
 * @param arguments the explanation's arguments (values quoted from the file, counts)
 */
public record LocatedProblem(String location, String messageKey, List<Object> arguments) {

    public LocatedProblem {
        arguments = List.copyOf(arguments);
    }

    public static LocatedProblem at(String location, String messageKey, Object... arguments) {
        return new LocatedProblem(location, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
