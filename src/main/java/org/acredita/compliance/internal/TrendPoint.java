package org.acredita.compliance.internal;

import java.time.LocalDate;

/** At the end of a week or month (or today), the standards met and applicable then. */
public record TrendPoint(LocalDate on, int met, int applicable) {

    public double percent() {
        return applicable == 0 ? 0 : 100.0 * met / applicable;
    }
}
