package org.acredita.improvement.internal;

/** How urgent an action item is. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
