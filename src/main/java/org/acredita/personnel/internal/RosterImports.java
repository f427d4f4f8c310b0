package org.acredita.personnel.internal;

import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.personnel.PersonalDataAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roster imports, all or nothing: the file is read and checked before any transaction; the diff against the
 * roster and its writing happen in one transaction under the agency's roster lock, audited as one event. A page
 * first stages the file and shows the diff; confirming commits the staged file only if its diff is still the one
 * shown (someone may have changed the roster meanwhile).
 */
@Service
public class RosterImports {

    private static final int STAGED_KEPT = 5;

    private final PersonalDataAccess access;
    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    RosterImports(PersonalDataAccess access, PersonRepository people, JdbcClient jdbc, AuditTrail audit,
            TransactionTemplate transactions) {
        this.access = access;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The diff the file would make; nothing is written. */
    public RosterDiff preview(UUID agencyId, String fileName, byte[] content) {
        access.writable(agencyId);
        RosterFile file = RosterFile.read(fileName, content);
        return transactions.execute(status -> diff(access.writable(agencyId), file));
    }

    /** Imports the file at once (the API without preview). */
    public RosterDiff importNow(UUID agencyId, String fileName, byte[] content) {
        access.writable(agencyId);
        RosterFile file = RosterFile.read(fileName, content);
        return transactions.execute(status -> {
            Organisation agency = access.writable(agencyId);
            people.lock(agency.id());
            RosterDiff diff = diff(agency, file);
            apply(agency, fileName, diff);
            return diff;
        });
    }

    /** Checks the file, keeps it for the confirmation and gives its diff; older staged files of the agency go. */
    public StagedImport stage(UUID agencyId, String fileName, byte[] content) {
        access.writable(agencyId);
        RosterFile file = RosterFile.read(fileName, content);
        String name = fileName == null || fileName.isBlank() ? "roster" : fileName.strip();
        String kept = name.length() > 255 ? name.substring(0, 255) : name;
        return transactions.execute(status -> {
            Organisation agency = access.writable(agencyId);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    delete from personnel_import where agency_id = ? and id not in (select id from personnel_import
                        where agency_id = ? order by created_at desc limit ?)
                    """).params(agency.id(), agency.id(), STAGED_KEPT - 1).update();
            jdbc.sql("insert into personnel_import (id, agency_id, file_name, content, created_by) values (?, ?, ?, ?, ?)")
                    .params(id, agency.id(), kept, content, CurrentScope.get().userId()).update();
            return new StagedImport(id, kept, diff(agency, file));
        });
    }

    /** Commits a staged file if its diff is still the one confirmed; the staged file is then removed. */
    public RosterDiff commit(UUID agencyId, UUID importId, long newPeople, long changedPeople, long separatedPeople) {
        access.writable(agencyId);
        Staged staged = transactions.execute(status -> jdbc.sql(
                "select file_name, content from personnel_import where agency_id = ? and id = ?")
                .params(agencyId, importId).query((rs, n) -> new Staged(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new RuleViolation("personnel.import.expired")));
        RosterFile file = RosterFile.read(staged.fileName(), staged.content());
        return transactions.execute(status -> {
            Organisation agency = access.writable(agencyId);
            people.lock(agency.id());
            RosterDiff diff = diff(agency, file);
            if (!diff.matches(newPeople, changedPeople, separatedPeople)) {
                throw new RuleViolation("personnel.import.stale");
            }
            if (jdbc.sql("delete from personnel_import where agency_id = ? and id = ?").params(agency.id(), importId)
                    .update() != 1) {
                throw new NotFoundException();
            }
            apply(agency, staged.fileName(), diff);
            return diff;
        });
    }

    private RosterDiff diff(Organisation agency, RosterFile file) {
        return RosterReconciliation.diff(agency.id(), people.all(agency.id()), people.units(agency.id()),
                people.ranks(agency.id()), file);
    }

    private void apply(Organisation agency, String fileName, RosterDiff diff) {
        diff.newUnits().forEach((name, id) -> people.insertUnit(agency.id(), id, name));
        int seniority = people.nextSeniority(agency.id());
        for (var rank : diff.newRanks().entrySet()) {
            people.insertRank(agency.id(), rank.getValue(), rank.getKey(), seniority++);
        }
        people.insertAll(agency.id(), diff.added());
        people.updateAll(agency.id(), diff.changed());
        audit.record("PERSONNEL_IMPORTED", "personnel-roster", agency.id().toString(), agency.id(),
                (fileName == null ? "" : fileName + " · ") + "new " + diff.count(RosterChange.Kind.NEW) + " · changed "
                        + diff.count(RosterChange.Kind.CHANGED) + " · separated "
                        + diff.count(RosterChange.Kind.SEPARATED) + " · unchanged " + diff.unchanged()
                        + " · units +" + diff.newUnits().size() + " · ranks +" + diff.newRanks().size());
    }

    private record Staged(String fileName, byte[] content) {
    }

    /** A file waiting for confirmation, and the diff it would make. */
    public record StagedImport(UUID id, String fileName, RosterDiff diff) {
    }
}
