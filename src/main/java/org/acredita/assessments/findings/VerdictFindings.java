package org.acredita.assessments.findings;

import org.acredita.assessments.VerdictRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each recorded verdict into its finding's step, synchronously and so in the verdict's own transaction:
 * a verdict and its finding are written together or not at all.
 */
@Component
class VerdictFindings {

    private final FindingWork findings;

    VerdictFindings(FindingWork findings) {
        this.findings = findings;
    }

    @EventListener
    void recorded(VerdictRecorded verdict) {
        findings.follow(verdict);
    }
}
