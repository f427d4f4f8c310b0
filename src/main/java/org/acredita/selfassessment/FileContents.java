package org.acredita.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.StaffMember;

/**
 * A file with its standards in number order, the names of their assignees, and the agency's today (for
 * overdue work and expired waivers).
 */
public record FileContents(AccreditationFile file, List<FileStandard> standards, Map<UUID, StaffMember> people,
        LocalDate today) {

    public FileContents {
        standards = List.copyOf(standards);
        people = Map.copyOf(people);
    }

    public String nameOf(UUID userId) {
        StaffMember person = userId == null ? null : people.get(userId);
        return person == null ? null : person.displayName();
    }
}
