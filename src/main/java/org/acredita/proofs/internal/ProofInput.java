package org.acredita.proofs.internal;

import java.time.LocalDate;

/**
 * What a person gives for a new proof. A file's title defaults to its name; a note needs its text and a link
 * its address. {@code period} may be left out for a time-sensitive standard: the document date's period of the
 * cycle year is taken.
 */
public record ProofInput(LocalDate documentDate, Integer cycleYear, Integer period, String title, String note,
        String url, String lateExplanation) {
}
