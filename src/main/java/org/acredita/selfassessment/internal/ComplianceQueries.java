package org.acredita.selfassessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.selfassessment.StatusChange;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind files' metrics: status history and many files' standards at once. Row-level security applies. */
@Repository
public class ComplianceQueries {

    private final JdbcClient jdbc;

    ComplianceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StatusChange> changes(UUID fileId) {
        return jdbc.sql("""
                select number, from_status, to_status, at from file_standard_event
                where file_id = ? and to_status is not null order by at, id
                """).param(fileId).query((rs, row) -> new StatusChange(rs.getString("number"),
                status(rs.getString("from_status")), status(rs.getString("to_status")),
                rs.getTimestamp("at").toInstant())).list();
    }

    /** The files row-level security lets the caller read, newest first within an agency. */
    public List<AccreditationFile> files() {
        return jdbc.sql("""
                select id, agency_id, programme, edition_id, tier, created_at from accreditation_file
                order by agency_id, created_at desc
                """).query(ComplianceQueries::file).list();
    }

    /** The standards of these files in number order, one query, by file. */
    public Map<UUID, List<FileStandard>> standards(List<UUID> fileIds) {
        Map<UUID, List<FileStandard>> byFile = new LinkedHashMap<>();
        if (fileIds.isEmpty()) {
            return byFile;
        }
        jdbc.sql("""
                select file_id, agency_id, number, chapter, title_es, title_en, level, reasons, status, assignee_id,
                       due_date, notes, request, request_reason, waiver_months, waived_until
                from file_standard where file_id = any(?) and not retired order by file_id, sort_key
                """).param(fileIds.toArray(UUID[]::new)).query((RowCallbackHandler) rs -> byFile
                .computeIfAbsent(rs.getObject("file_id", UUID.class), id -> new java.util.ArrayList<>())
                .add(FileRepository.standard(rs, 0)));
        return byFile;
    }

    private static AccreditationFile file(ResultSet rs, int row) throws SQLException {
        return new AccreditationFile(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                AccreditationProgramme.valueOf(rs.getString("programme")), rs.getObject("edition_id", UUID.class),
                rs.getString("tier"), rs.getTimestamp("created_at").toInstant());
    }

    private static StandardStatus status(String value) {
        return value == null ? null : StandardStatus.valueOf(value);
    }
}
