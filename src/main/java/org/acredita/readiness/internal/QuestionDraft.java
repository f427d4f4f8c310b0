package org.acredita.readiness.internal;

import java.util.List;

/** A question as typed, before the rules have checked it. */
public record QuestionDraft(String textEs, String textEn, String guidanceEs, String guidanceEn, Integer weight,
        List<String> linkedStandards) {
}
