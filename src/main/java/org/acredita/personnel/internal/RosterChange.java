package org.acredita.personnel.internal;

import java.util.List;

/**
 * What an import does to one person: added, changed (which fields) or separated (on the roster, not in the file).
 *
 * @param row the file's row; 0 for a person the file no longer lists
 */
public record RosterChange(Kind kind, int row, String employeeNumber, String name, List<String> fields) {

    public enum Kind {
        NEW,
        CHANGED,
        SEPARATED
    }

    public RosterChange {
        fields = List.copyOf(fields);
    }
}
