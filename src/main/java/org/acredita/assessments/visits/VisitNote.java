package org.acredita.assessments.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team member's note from an interview or an observation, linked to standards of the scope by number. */
public record VisitNote(UUID id, UUID itemId, NoteKind kind, List<String> standards, String body, UUID authorId,
        String authorName, Instant createdAt) {

    public VisitNote {
        standards = List.copyOf(standards);
    }
}
