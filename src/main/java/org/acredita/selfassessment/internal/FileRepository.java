package org.acredita.selfassessment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.ExceptionRequest;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.internal.RetiredStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Applicability.Reason;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accreditation files and their standards; row-level security hides other agencies' rows. */
@Repository
public class FileRepository {

    private static final String FILE = "select id, agency_id, programme, edition_id, tier, created_at "
            + "from accreditation_file ";
    private static final String STANDARD = """
            select file_id, agency_id, number, chapter, title_es, title_en, level, reasons, status, assignee_id,
                   due_date, notes, request, request_reason, waiver_months, waived_until
            from file_standard
            """;
    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AccreditationFile file) {
        jdbc.sql("insert into accreditation_file (id, agency_id, programme, edition_id, tier) values (?, ?, ?, ?, ?)")
                .params(file.id(), file.agencyId(), file.programme().name(), file.editionId(), file.tier()).update();
    }

    public Optional<AccreditationFile> find(UUID fileId) {
        return jdbc.sql(FILE + "where id = ?").param(fileId).query(FileRepository::file).optional();
    }

    /** Every file the caller's scope reaches (row-level security filters the rest), oldest first. */
    public List<AccreditationFile> all() {
        return jdbc.sql(FILE + "order by created_at").query(FileRepository::file).list();
    }

    public List<AccreditationFile> ofAgency(UUID agencyId) {
        return jdbc.sql(FILE + "where agency_id = ? order by created_at desc").param(agencyId)
                .query(FileRepository::file).list();
    }

    public boolean exists(UUID agencyId, AccreditationProgramme programme) {
        return jdbc.sql("select exists (select 1 from accreditation_file where agency_id = ? and programme = ?)")
                .params(agencyId, programme.name()).query(Boolean.class).single();
    }

    /** Re-pins a file whose work has not started: its standards are computed again by the caller. */
    public void repin(UUID fileId, UUID editionId, String tier) {
        jdbc.sql("delete from file_standard where file_id = ?").param(fileId).update();
        jdbc.sql("update accreditation_file set edition_id = ?, tier = ? where id = ?").params(editionId, tier, fileId)
                .update();
    }

    public void insert(List<FileStandard> standards) {
        for (FileStandard s : standards) {
            jdbc.sql("""
                    insert into file_standard (file_id, agency_id, number, sort_key, chapter, title_es, title_en, level,
                        reasons, status)
                    values (?, ?, ?, string_to_array(?, '.')::integer[], ?, ?, ?, ?, ?, ?)
                    """).params(s.fileId(), s.agencyId(), s.number(), s.number(), s.chapter(),
                    s.title() == null ? null : s.title().es(), s.title() == null ? null : s.title().en(),
                    s.level().name(), encode(s.reasons()), s.status().name()).update();
        }
    }

    /** The whole file in number order (4.2.10 after 4.2.9), one query. */
    public List<FileStandard> standards(UUID fileId) {
        return jdbc.sql(STANDARD + "where file_id = ? and not retired order by sort_key").param(fileId)
                .query(FileRepository::standard).list();
    }

    /** The standard, locked so two changes of it happen one after the other. */
    public Optional<FileStandard> forUpdate(UUID fileId, String number) {
        return jdbc.sql(STANDARD + "where file_id = ? and number = ? for update").params(fileId, number)
                .query(FileRepository::standard).optional();
    }

    public Optional<FileStandard> standard(UUID fileId, String number) {
        return jdbc.sql(STANDARD + "where file_id = ? and number = ?").params(fileId, number)
                .query(FileRepository::standard).optional();
    }

    /** The chapter's standards, locked, for a bulk assignment. */
    public List<FileStandard> chapterForUpdate(UUID fileId, int chapter) {
        return jdbc.sql(STANDARD + "where file_id = ? and chapter = ? and not retired order by sort_key for update")
                .params(fileId, chapter).query(FileRepository::standard).list();
    }

    public void update(FileStandard s) {
        jdbc.sql("""
                update file_standard set status = ?, assignee_id = ?, due_date = ?, notes = ?, request = ?,
                    request_reason = ?, waiver_months = ?, waived_until = ?, updated_at = now()
                where file_id = ? and number = ?
                """).params(s.status().name(), s.assigneeId(), date(s.dueDate()), s.notes(),
                s.request() == null ? null : s.request().name(), s.requestReason(), s.waiverMonths(),
                date(s.waivedUntil()), s.fileId(), s.number()).update();
    }

    /** The numbers of the file's own standards (not the retired ones kept from earlier editions). */
    public java.util.Set<String> numbers(UUID fileId) {
        return new java.util.HashSet<>(jdbc.sql("select number from file_standard where file_id = ? and not retired")
                .param(fileId).query(String.class).list());
    }

    /** Locks the file so two moves to a new edition never run at once. */
    public void lock(UUID fileId) {
        jdbc.sql("select id from accreditation_file where id = ? for update").param(fileId).query(UUID.class).single();
    }

    /** A file with its own standards in number order and the retired ones it keeps from earlier editions. */
    public record Whole(AccreditationFile file, List<FileStandard> standards, List<RetiredStandard> retired) {
    }

    private static final String WHOLE = """
            select f.id as f_id, f.agency_id as f_agency_id, f.programme as f_programme,
                   f.edition_id as f_edition_id, f.tier as f_tier, f.created_at as f_created_at,
                   s.file_id, s.agency_id, s.number, s.chapter, s.title_es, s.title_en, s.level, s.reasons, s.status,
                   s.assignee_id, s.due_date, s.notes, s.request, s.request_reason, s.waiver_months, s.waived_until,
                   s.retired, s.former_number
            from accreditation_file f left join file_standard s on s.file_id = f.id
            """;

    /** The file and all its standards, one query (instead of the file, its standards and its retired ones). */
    public Optional<Whole> whole(UUID fileId) {
        return whole(jdbc.sql(WHOLE + "where f.id = ? order by s.sort_key").param(fileId));
    }

    /** The agency's newest file (as {@link #ofAgency} lists first) and all its standards, one query. */
    public Optional<Whole> newestOf(UUID agencyId) {
        return whole(jdbc.sql(WHOLE + """
                where f.id = (select id from accreditation_file where agency_id = ? order by created_at desc limit 1)
                order by s.sort_key""").param(agencyId));
    }

    private static Optional<Whole> whole(JdbcClient.StatementSpec statement) {
        AccreditationFile[] file = {null};
        List<FileStandard> standards = new ArrayList<>();
        List<RetiredStandard> retired = new ArrayList<>();
        statement.query(rs -> {
            if (file[0] == null) {
                file[0] = new AccreditationFile(rs.getObject("f_id", UUID.class), rs.getObject("f_agency_id", UUID.class),
                        AccreditationProgramme.valueOf(rs.getString("f_programme")),
                        rs.getObject("f_edition_id", UUID.class), rs.getString("f_tier"),
                        rs.getTimestamp("f_created_at").toInstant());
            }
            if (rs.getString("number") == null) {
                return;
            }
            if (rs.getBoolean("retired")) {
                retired.add(retired(rs));
            } else {
                standards.add(standard(rs, standards.size()));
            }
        });
        return file[0] == null ? Optional.empty() : Optional.of(new Whole(file[0], standards, retired));
    }

    private static RetiredStandard retired(ResultSet rs) throws SQLException {
        return new RetiredStandard(rs.getString("number"), rs.getString("former_number"),
                Text.of(rs.getString("title_es"), rs.getString("title_en")), StandardStatus.valueOf(rs.getString("status")));
    }

    /** Standards kept from earlier editions: reserved number, the number they had, title and last status. */
    public List<RetiredStandard> retired(UUID fileId) {
        return jdbc.sql("""
                select number, former_number, title_es, title_en, status from file_standard
                where file_id = ? and retired order by sort_key""").param(fileId)
                .query((rs, row) -> retired(rs)).list();
    }

    public int retiredCount(UUID fileId) {
        return jdbc.sql("select count(*) from file_standard where file_id = ? and retired").param(fileId)
                .query(Integer.class).single();
    }

    /** Gives a standard another number (proofs follow through their foreign key), keeping everything else. */
    public void renumber(UUID fileId, String from, String to) {
        jdbc.sql("""
                update file_standard set number = ?, sort_key = string_to_array(?, '.')::integer[],
                    chapter = split_part(?, '.', 1)::integer where file_id = ? and number = ?""")
                .params(to, to, to, fileId, from).update();
    }

    /** A standard carried to the new edition under its new number, title, level, reasons and workflow. */
    public void carry(String from, FileStandard s) {
        renumber(s.fileId(), from, s.number());
        jdbc.sql("update file_standard set title_es = ?, title_en = ?, level = ?, reasons = ? "
                + "where file_id = ? and number = ?").params(s.title() == null ? null : s.title().es(),
                s.title() == null ? null : s.title().en(), s.level().name(), encode(s.reasons()), s.fileId(),
                s.number()).update();
        update(s);
    }

    /** Keeps a standard the new edition has no place for, under a reserved number, with the number it had. */
    public void retire(UUID fileId, String from, String reserved, String formerNumber) {
        renumber(fileId, from, reserved);
        jdbc.sql("update file_standard set retired = true, former_number = ? where file_id = ? and number = ?")
                .params(formerNumber, fileId, reserved).update();
    }

    public void pin(UUID fileId, UUID editionId, String tier) {
        jdbc.sql("update accreditation_file set edition_id = ?, tier = ? where id = ?").params(editionId, tier, fileId)
                .update();
    }

    private static AccreditationFile file(ResultSet rs, int row) throws SQLException {
        return new AccreditationFile(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                AccreditationProgramme.valueOf(rs.getString("programme")), rs.getObject("edition_id", UUID.class),
                rs.getString("tier"), rs.getTimestamp("created_at").toInstant());
    }

    public static FileStandard standard(ResultSet rs, int row) throws SQLException {
        String request = rs.getString("request");
        return new FileStandard(rs.getObject("file_id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("number"), rs.getInt("chapter"), Text.of(rs.getString("title_es"), rs.getString("title_en")),
                Level.valueOf(rs.getString("level")), decode((String[]) rs.getArray("reasons").getArray()),
                StandardStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", UUID.class),
                localDate(rs.getDate("due_date")), rs.getString("notes"),
                request == null ? null : ExceptionRequest.valueOf(request), rs.getString("request_reason"),
                rs.getObject("waiver_months", Integer.class), localDate(rs.getDate("waived_until")));
    }

    /** Reasons as "messageKey|arg|arg": their arguments are codes (tiers, functions, size classes). */
    private static String[] encode(List<Reason> reasons) {
        return reasons.stream().map(reason -> {
            List<String> parts = new ArrayList<>();
            parts.add(reason.messageKey());
            reason.arguments().forEach(argument -> parts.add(String.valueOf(argument)));
            return String.join("|", parts);
        }).toArray(String[]::new);
    }

    private static List<Reason> decode(String[] reasons) {
        return Arrays.stream(reasons).map(reason -> {
            String[] parts = reason.split("\\|");
            return new Reason(parts[0], List.<Object>of(Arrays.copyOfRange(parts, 1, parts.length)));
        }).toList();
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static LocalDate localDate(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
