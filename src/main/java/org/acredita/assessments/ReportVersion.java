package org.acredita.assessments;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of an assessment's report: a draft (content gathered now) or released (content as released, never
 * changed).
 */
public record ReportVersion(UUID assessmentId, int version, Instant releasedAt, ReportContent content) {

    public boolean released() {
        return releasedAt != null;
    }
}
