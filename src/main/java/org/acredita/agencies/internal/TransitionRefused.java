package org.acredita.agencies.internal;

import java.util.List;

/** An illegal or incomplete transition: answered 409 with every requirement that is not met. */
public class TransitionRefused extends RuntimeException {

    private final transient List<Requirement> unmet;

    public TransitionRefused(List<Requirement> unmet) {
        super("transition refused: " + unmet);
        this.unmet = List.copyOf(unmet);
    }

    public List<Requirement> unmet() {
        return unmet;
    }
}
