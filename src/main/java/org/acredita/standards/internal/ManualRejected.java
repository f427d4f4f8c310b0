package org.acredita.standards.internal;

import java.util.List;

/** A manual file was refused as a whole, with every problem found in it; nothing was stored. */
public class ManualRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ManualRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the manual file");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejection names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static ManualRejected because(String location, String messageKey, Object... arguments) {
        return new ManualRejected(List.of(ImportProblem.at(location, messageKey, arguments)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
