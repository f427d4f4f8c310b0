package org.acredita.personnel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.personnel.internal.PersonRepository;
import org.acredita.personnel.PersonalDataAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading an agency's roster, for its pages and for the modules that reach its people (distributions,
 * acknowledgements). Every read passes {@link PersonalDataAccess}: another agency is not found, a role that may not see
 * personal data is forbidden.
 */
@Service
public class Rosters {

    private final PersonalDataAccess access;
    private final PersonRepository people;

    Rosters(PersonalDataAccess access, PersonRepository people) {
        this.access = access;
        this.people = people;
    }

    /** The agency's people, ordered by name; {@code status}, {@code unitId} and {@code words} narrow it if given. */
    @Transactional(readOnly = true)
    public List<Person> people(UUID agencyId, PersonStatus status, UUID unitId, String words) {
        return people.find(access.readable(agencyId).id(), status, unitId, words);
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(UUID agencyId, UUID personId) {
        return people.one(access.readable(agencyId).id(), personId);
    }

    @Transactional(readOnly = true)
    public List<RosterList> units(UUID agencyId) {
        return people.units(access.readable(agencyId).id());
    }

    /** The agency's ranks, most junior first. */
    @Transactional(readOnly = true)
    public List<RosterList> ranks(UUID agencyId) {
        return people.ranks(access.readable(agencyId).id());
    }

    /** Whether the caller may see the agency's roster at all (pages offer the link or not). */
    public boolean mayRead(UUID agencyId) {
        return access.mayRead(agencyId);
    }

    /** Whether the caller may change it. */
    public boolean mayEdit(UUID agencyId) {
        return access.mayWrite(agencyId);
    }
}
