package org.acredita.improvement;

/** How urgent an action item is. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
