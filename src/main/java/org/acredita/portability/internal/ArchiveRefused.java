package org.acredita.portability.internal;

import java.util.List;

/** An accreditation file archive was refused as a whole, with every problem found; nothing was written. */
public class ArchiveRefused extends RuntimeException {

    private final transient List<ArchiveProblem> problems;

    public ArchiveRefused(List<ArchiveProblem> problems) {
        super(problems.size() + " problem(s) in the accreditation file archive");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ArchiveProblem> problems() {
        return problems;
    }
}
