package org.acredita.assessments;

/** How the standards in scope were chosen: all applicable ones, a seeded random share, or picked by the reviewer. */
public enum ScopeMode {
    ALL, SAMPLE, PICKED
}
