package org.acredita.readiness.internal;

import java.util.UUID;

/** An answer as given: points 0–4, or not applicable, or neither (unanswered), and an optional note. */
public record AnswerDraft(UUID questionId, Integer points, boolean notApplicable, String note) {
}
