package org.acredita.assessments;

import java.util.List;

/**
 * Which applicable standards of a file have been in the scope of a started assessment since the award (or
 * ever, before an award): over an award's four years the yearly reviews together must cover every one.
 */
public record Coverage(int applicable, int covered, List<String> notYetCovered) {

    public Coverage {
        notYetCovered = List.copyOf(notYetCovered);
    }

    public int percent() {
        return applicable == 0 ? 0 : covered * 100 / applicable;
    }
}
