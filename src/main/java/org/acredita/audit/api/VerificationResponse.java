package org.acredita.audit.api;

import org.acredita.audit.internal.ChainReport;

/** The verification outcome as the API shows it; {@code firstBrokenEvent} is null for a valid chain. */
record VerificationResponse(boolean valid, long events, BrokenEvent firstBrokenEvent) {

    record BrokenEvent(long id, String reason) {
    }

    static VerificationResponse of(ChainReport report) {
        var broken = report.firstBrokenEvent();
        return new VerificationResponse(report.valid(), report.events(),
                broken == null ? null : new BrokenEvent(broken.eventId(), broken.reason()));
    }
}
