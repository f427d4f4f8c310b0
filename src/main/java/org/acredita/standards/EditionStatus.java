package org.acredita.standards;

/** A manual edition is drafted, then published for agencies to be assessed against, then retired. */
public enum EditionStatus {
    DRAFT, PUBLISHED, RETIRED;

    /** Only forward: a published text is never taken back to draft, so what agencies saw stays what they saw. */
    public boolean canBecome(EditionStatus next) {
        return this == DRAFT && next == PUBLISHED || this == PUBLISHED && next == RETIRED;
    }
}
