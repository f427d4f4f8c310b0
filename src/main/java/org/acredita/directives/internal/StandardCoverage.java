package org.acredita.directives.internal;

import java.util.List;

/** A standard's directive coverage: every element (or the standard itself when it has none), mapped or not. */
public record StandardCoverage(String standardNumber, List<ElementCoverage> elements) {

    public long coveredElements() {
        return elements.stream().filter(ElementCoverage::covered).count();
    }

    public boolean fullyCovered() {
        return coveredElements() == elements.size();
    }

    public boolean partlyCovered() {
        return coveredElements() > 0 && !fullyCovered();
    }
}
