package org.acredita.commission;

import java.util.Map;

/** Where a meeting stands: its docket is built while planned, closed before it meets, held, its minutes approved. */
public enum MeetingStatus {
    PLANNED, DOCKET_CLOSED, HELD, MINUTES_APPROVED;

    private static final Map<MeetingStatus, MeetingStatus> NEXT = Map.of(PLANNED, DOCKET_CLOSED, DOCKET_CLOSED, HELD,
            HELD, MINUTES_APPROVED);

    /** The one status that may follow, or null after the minutes are approved. */
    public MeetingStatus next() {
        return NEXT.get(this);
    }
}
