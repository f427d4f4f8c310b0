package org.acredita.personnel.internal;

import org.acredita.personnel.PersonStatus;

/**
 * One person as a roster file gives them, checked: the row it came from and the values; the optional ones are
 * {@code null} when blank (or when the file has no such column: {@link RosterFile#columns()} says which it has).
 */
public record RosterRow(int row, String employeeNumber, String name, String rank, String unit, String position,
        PersonStatus status, String email, String phone) {
}
