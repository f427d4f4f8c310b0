package org.acredita.standards;

/**
 * How a standard of an earlier edition relates to its counterpart in a later one. NEW has no earlier
 * counterpart; REMOVED has none in the later edition.
 */
public enum Relationship {
    EQUAL, SUBSET, SUPERSET, INTERSECTS, NEW, REMOVED
}
