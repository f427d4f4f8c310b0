package org.acredita.personnel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.RosterList;

/**
 * Matches a roster file with the roster by employee number. The file is the whole roster: a person it no longer
 * lists is separated (kept, for the record of what they acknowledged). An optional column the file lacks leaves
 * that value as it is; without a status column a listed person is active (a separated one comes back).
 */
final class RosterReconciliation {

    private RosterReconciliation() {
    }

    static RosterDiff diff(UUID agencyId, List<Person> roster, List<RosterList> units, List<RosterList> ranks,
            RosterFile file) {
        Map<String, UUID> unitIds = byName(units);
        Map<String, UUID> rankIds = byName(ranks);
        Map<String, UUID> newUnits = new LinkedHashMap<>();
        Map<String, UUID> newRanks = new LinkedHashMap<>();
        Map<String, Person> current = new HashMap<>();
        roster.forEach(person -> current.put(person.employeeNumber(), person));
        List<RosterChange> changes = new ArrayList<>();
        List<Person> added = new ArrayList<>();
        List<Person> changed = new ArrayList<>();
        int unchanged = 0;
        for (RosterRow row : file.rows()) {
            UUID unitId = id(row.unit(), unitIds, newUnits);
            UUID rankId = id(row.rank(), rankIds, newRanks);
            Person before = current.remove(row.employeeNumber());
            if (before == null) {
                added.add(new Person(UUID.randomUUID(), agencyId, row.employeeNumber(), row.name(), rankId, row.rank(),
                        0, unitId, row.unit(), row.position(), row.status(), row.email(), row.phone()));
                changes.add(new RosterChange(RosterChange.Kind.NEW, row.row(), row.employeeNumber(), row.name(),
                        List.of()));
                continue;
            }
            Person after = new Person(before.id(), agencyId, row.employeeNumber(), row.name(), rankId, row.rank(), 0,
                    unitId, row.unit(), keep(file, RosterColumn.POSITION, row.position(), before.position()),
                    file.columns().contains(RosterColumn.STATUS) || before.status() == PersonStatus.SEPARATED
                            ? row.status() : before.status(),
                    keep(file, RosterColumn.EMAIL, row.email(), before.email()),
                    keep(file, RosterColumn.PHONE, row.phone(), before.phone()));
            List<String> fields = differences(before, after);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(after);
                changes.add(new RosterChange(RosterChange.Kind.CHANGED, row.row(), row.employeeNumber(), row.name(),
                        fields));
            }
        }
        for (Person gone : current.values()) {
            if (gone.status() != PersonStatus.SEPARATED) {
                changed.add(new Person(gone.id(), agencyId, gone.employeeNumber(), gone.name(), gone.rankId(),
                        gone.rank(), gone.seniority(), gone.unitId(), gone.unit(), gone.position(),
                        PersonStatus.SEPARATED, gone.email(), gone.phone()));
                changes.add(new RosterChange(RosterChange.Kind.SEPARATED, 0, gone.employeeNumber(), gone.name(),
                        List.of("STATUS")));
            }
        }
        return new RosterDiff(changes, unchanged, newUnits, newRanks, added, changed);
    }

    private static Map<String, UUID> byName(List<RosterList> lists) {
        Map<String, UUID> ids = new HashMap<>();
        lists.forEach(list -> ids.put(list.name().toLowerCase(Locale.ROOT), list.id()));
        return ids;
    }

    /** The listed unit or rank of that name (any capitals), else a new one the import adds. */
    private static UUID id(String name, Map<String, UUID> listed, Map<String, UUID> added) {
        UUID known = listed.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        UUID id = UUID.randomUUID();
        listed.put(name.toLowerCase(Locale.ROOT), id);
        added.put(name, id);
        return id;
    }

    private static String keep(RosterFile file, RosterColumn column, String given, String current) {
        return file.columns().contains(column) ? given : current;
    }

    private static List<String> differences(Person before, Person after) {
        List<String> fields = new ArrayList<>();
        compare(fields, "NAME", before.name(), after.name());
        compare(fields, "RANK", before.rankId(), after.rankId());
        compare(fields, "UNIT", before.unitId(), after.unitId());
        compare(fields, "POSITION", before.position(), after.position());
        compare(fields, "STATUS", before.status(), after.status());
        compare(fields, "EMAIL", before.email(), after.email());
        compare(fields, "PHONE", before.phone(), after.phone());
        return fields;
    }

    private static void compare(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }
}
