package org.acredita.portability.internal;

import java.util.List;

/**
 * One reason an accreditation file archive was refused.
 *
 * @param location the ZIP entry, or a JSON pointer into the manifest
 * @param messageKey the explanation, resolved in the reader's language
 */
public record ArchiveProblem(String location, String messageKey, List<Object> arguments) {

    public ArchiveProblem {
        arguments = List.copyOf(arguments);
    }

    public static ArchiveProblem at(String location, String messageKey, Object... arguments) {
        return new ArchiveProblem(location, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
