package org.acredita.improvement.internal;

/** Where an action item stands; done and cancelled items are closed and never overdue. */
public enum Status {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
