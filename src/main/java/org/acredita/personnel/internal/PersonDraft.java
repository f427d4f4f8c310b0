package org.acredita.personnel.internal;

import org.acredita.personnel.PersonStatus;

/** A person as a form or the API gives them; rank and unit by name, from the agency's lists. */
public record PersonDraft(String employeeNumber, String name, String rank, String unit, String position,
        PersonStatus status, String email, String phone) {
}
