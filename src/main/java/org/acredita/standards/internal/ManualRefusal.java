package org.acredita.standards.internal;

import java.util.List;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;

/** How a manual file is refused: as a whole, with every problem found, under the library's own summary. */
public final class ManualRefusal {

    /** The summary and title the problems are listed under ({@code standards.import.rejected[.title]}). */
    public static final String KEY = "standards.import.rejected";

    private ManualRefusal() {
    }

    /** The most problems an answer lists; the count says how many there are in all. */
    public static final int LISTED = 100;

    public static RefusedWithProblems of(List<LocatedProblem> problems) {
        return RefusedWithProblems.listingAtMost(LISTED, KEY, problems);
    }

    public static RefusedWithProblems because(String location, String messageKey, Object... arguments) {
        return RefusedWithProblems.because(KEY, location, messageKey, arguments);
    }
}
