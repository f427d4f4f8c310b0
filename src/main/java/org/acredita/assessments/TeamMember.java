package org.acredita.assessments;

import java.util.List;
import java.util.UUID;

/**
 * A person on an assessment's team.
 *
 * @param chapters the chapters assigned to them; empty means the whole scope
 */
public record TeamMember(UUID userId, String displayName, TeamRole role, List<Integer> chapters) {

    public TeamMember {
        chapters = List.copyOf(chapters);
    }
}
