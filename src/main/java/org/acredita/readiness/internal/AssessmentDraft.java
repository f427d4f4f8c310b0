package org.acredita.readiness.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a save of a draft changes: the answers listed (others stay as they are) and, when given, the
 * date, the assessors and the summary; a null field keeps its value.
 */
public record AssessmentDraft(LocalDate assessedOn, String assessors, String summary, List<AnswerDraft> answers) {

    public AssessmentDraft {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
