package org.acredita.access;

import java.util.List;

/**
 * An upload or import refused as a whole, with every problem found and where; nothing of it was written.
 * The API answers 422 with the problems; pages catch it and list them.
 *
 * <p>The refusal key names the summary in the message bundles: {@code <key>} (argument: how many problems),
 * {@code <key>.title}, and {@code <key>.some} (arguments: how many, how many listed) when a refusal lists
 * only the first ones.
 */
public class RefusedWithProblems extends RuntimeException {

    private final String refusalKey;
    private final transient List<LocatedProblem> problems;
    private final int problemCount;

    public RefusedWithProblems(String refusalKey, List<LocatedProblem> problems) {
        this(refusalKey, problems, problems.size());
    }

    private RefusedWithProblems(String refusalKey, List<LocatedProblem> problems, int listed) {
        super(refusalKey + ": " + problems.size() + " problem(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.refusalKey = refusalKey;
        this.problems = List.copyOf(problems.subList(0, Math.min(listed, problems.size())));
        this.problemCount = problems.size();
    }

    public static RefusedWithProblems because(String refusalKey, String location, String messageKey,
            Object... arguments) {
        return new RefusedWithProblems(refusalKey, List.of(LocatedProblem.at(location, messageKey, arguments)));
    }

    /** Lists only the first problems, so a file of garbage cannot produce an answer of megabytes. */
    public static RefusedWithProblems listingAtMost(int listed, String refusalKey, List<LocatedProblem> problems) {
        return new RefusedWithProblems(refusalKey, problems, listed);
    }

    public String refusalKey() {
        return refusalKey;
    }

    /** The problems listed: all of them, or the first ones when the refusal lists at most some. */
    public List<LocatedProblem> problems() {
        return problems;
    }

    /** All problems found, including those beyond the listed ones. */
    public int problemCount() {
        return problemCount;
    }
}
