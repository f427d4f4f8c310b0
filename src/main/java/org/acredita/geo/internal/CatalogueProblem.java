package org.acredita.geo.internal;

import java.util.List;

/**
 * One thing wrong with an uploaded catalogue, and where.
 *
 * @param location a JSON pointer into the file (e.g. {@code /17/cve_completa}); empty for the whole file
 * @param messageKey the explanation, resolved in the caller's language by the web layer
 * @param arguments the explanation's arguments (values quoted from the file, counts)
 */
public record CatalogueProblem(String location, String messageKey, List<Object> arguments) {

    public CatalogueProblem {
        arguments = List.copyOf(arguments);
    }

    public static CatalogueProblem at(String location, String messageKey, Object... arguments) {
        return new CatalogueProblem(location, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
