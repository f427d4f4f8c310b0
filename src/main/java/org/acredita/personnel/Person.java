package org.acredita.personnel;

import java.util.UUID;

/**
 * One person of an agency's roster, with the names of their rank and unit (and their ids, by which later
 * modules choose people).
 */
public record Person(UUID id, UUID agencyId, String employeeNumber, String name, UUID rankId, String rank,
        int seniority, UUID unitId, String unit, String position, PersonStatus status, String email, String phone) {
}
