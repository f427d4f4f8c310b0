package org.acredita.geo.internal;

import java.util.List;

/**
 * An uploaded catalogue had problems, so nothing of it was written. Carries every problem found (up to
 * {@link #LISTED}, so a file of garbage cannot produce an answer of megabytes) and how many there were.
 */
public class CatalogueRejected extends RuntimeException {

    /** The most problems listed; people fix the first ones and try again. */
    public static final int LISTED = 200;

    private final transient List<CatalogueProblem> problems;
    private final int problemCount;

    public CatalogueRejected(List<CatalogueProblem> problems) {
        super("catalogue rejected: " + problems.size() + " problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected catalogue has at least one problem");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.problemCount = problems.size();
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }

    /** All problems found, including those beyond the listed ones. */
    public int problemCount() {
        return problemCount;
    }
}
