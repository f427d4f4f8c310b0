package org.acredita.personnel.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.PersonalDataAccess;
import org.acredita.personnel.RosterList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person added or changed in the page or the API, and the agency's lists of units and ranks: the same rules
 * as an import (a person's unit and rank come from the lists), under the same roster lock, each change audited.
 */
@Service
public class RosterEditing {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-/extEXT]{5,40}");

    private final PersonalDataAccess access;
    private final PersonRepository people;
    private final AuditTrail audit;

    RosterEditing(PersonalDataAccess access, PersonRepository people, AuditTrail audit) {
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @Transactional
    public Person add(UUID agencyId, PersonDraft draft) {
        Organisation agency = access.writable(agencyId);
        people.lock(agency.id());
        Person person = validated(agency.id(), UUID.randomUUID(), draft, PersonStatus.ACTIVE);
        people.insert(person);
        audit.record("PERSON_ADDED", "person", person.id().toString(), agency.id(), summary(person));
        return people.one(agency.id(), person.id()).orElseThrow();
    }

    @Transactional
    public Person update(UUID agencyId, UUID personId, PersonDraft draft) {
        Organisation agency = access.writable(agencyId);
        people.lock(agency.id());
        Person before = people.one(agency.id(), personId).orElseThrow(NotFoundException::new);
        Person after = validated(agency.id(), personId, draft, before.status());
        people.update(after);
        audit.record("PERSON_UPDATED", "person", personId.toString(), agency.id(), summary(after));
        return people.one(agency.id(), personId).orElseThrow();
    }

    @Transactional
    public void addUnit(UUID agencyId, String name) {
        Organisation agency = access.writable(agencyId);
        people.lock(agency.id());
        String unit = listName(name);
        if (find(people.units(agency.id()), unit) != null) {
            throw RuleViolation.onField("name", "personnel.list.exists", unit);
        }
        UUID id = UUID.randomUUID();
        people.insertUnit(agency.id(), id, unit);
        audit.record("PERSONNEL_UNIT_ADDED", "personnel-unit", id.toString(), agency.id(), unit);
    }

    @Transactional
    public void addRank(UUID agencyId, String name) {
        Organisation agency = access.writable(agencyId);
        people.lock(agency.id());
        String rank = listName(name);
        if (find(people.ranks(agency.id()), rank) != null) {
            throw RuleViolation.onField("name", "personnel.list.exists", rank);
        }
        UUID id = UUID.randomUUID();
        people.insertRank(agency.id(), id, rank, people.nextSeniority(agency.id()));
        audit.record("PERSONNEL_RANK_ADDED", "personnel-rank", id.toString(), agency.id(), rank);
    }

    /** Removes a unit ({@code "unit"}) or rank ({@code "rank"}) nobody on the roster holds. */
    @Transactional
    public void remove(UUID agencyId, String list, UUID id) {
        Organisation agency = access.writable(agencyId);
        people.lock(agency.id());
        List<RosterList> lists = "unit".equals(list) ? people.units(agency.id()) : people.ranks(agency.id());
        RosterList entry = lists.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!people.removeUnused(list, agency.id(), id)) {
            throw new RuleViolation("personnel.list.inUse", entry.name());
        }
        audit.record("unit".equals(list) ? "PERSONNEL_UNIT_REMOVED" : "PERSONNEL_RANK_REMOVED",
                "personnel-" + list, id.toString(), agency.id(), entry.name());
    }

    private Person validated(UUID agencyId, UUID id, PersonDraft draft, PersonStatus currentStatus) {
        String number = required("employeeNumber", draft.employeeNumber(), 40);
        String name = required("name", draft.name(), 200);
        RosterList rank = find(people.ranks(agencyId), required("rank", draft.rank(), 120));
        if (rank == null) {
            throw RuleViolation.onField("rank", "personnel.person.rankUnknown", draft.rank().strip());
        }
        RosterList unit = find(people.units(agencyId), required("unit", draft.unit(), 120));
        if (unit == null) {
            throw RuleViolation.onField("unit", "personnel.person.unitUnknown", draft.unit().strip());
        }
        String email = optional("email", draft.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw RuleViolation.onField("email", "personnel.person.email");
        }
        String phone = optional("phone", draft.phone(), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw RuleViolation.onField("phone", "personnel.person.phone");
        }
        if (people.numberTaken(agencyId, number, id)) {
            throw RuleViolation.onField("employeeNumber", "personnel.person.numberTaken", number);
        }
        return new Person(id, agencyId, number, name, rank.id(), rank.name(), 0, unit.id(), unit.name(),
                optional("position", draft.position(), 120), draft.status() == null ? currentStatus : draft.status(),
                email, phone);
    }

    private static RosterList find(List<RosterList> lists, String name) {
        return lists.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static String listName(String name) {
        return required("name", name, 120);
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw RuleViolation.onField(field, "personnel.person.required");
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw RuleViolation.onField(field, "personnel.person.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    private static String summary(Person person) {
        return person.employeeNumber() + " · " + person.name() + " · " + person.rank() + " · " + person.unit() + " · "
                + person.status();
    }
}
