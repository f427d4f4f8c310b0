package org.acredita.selfassessment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.selfassessment.DueStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated standards across every file the caller reaches, each kind in one query on its partial index (V26). */
@Repository
public class DueWorkQueries {

    private static final String SELECT = """
            select s.file_id, s.agency_id, o.name as agency_name, s.number, s.title_es, s.title_en, s.status,
                   s.assignee_id, s.due_date, s.waived_until
            from file_standard s join agency_directory o on o.agency_id = s.agency_id
            """;

    private final JdbcClient jdbc;

    DueWorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DueStandard> assignmentsDueBy(LocalDate until) {
        return jdbc.sql(SELECT + """
                where s.assignee_id is not null and s.due_date <= ? and not s.retired
                  and s.status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')
                order by s.due_date, s.agency_id, s.file_id, s.sort_key
                """).param(Date.valueOf(until)).query(DueWorkQueries::due).list();
    }

    public List<DueStandard> waiversEndingBy(LocalDate until) {
        return jdbc.sql(SELECT + """
                where s.status = 'WAIVED' and not s.retired and s.waived_until <= ?
                order by s.waived_until, s.agency_id, s.file_id, s.sort_key
                """).param(Date.valueOf(until)).query(DueWorkQueries::due).list();
    }

    private static DueStandard due(ResultSet rs, int row) throws SQLException {
        return new DueStandard(rs.getObject("file_id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name"), rs.getString("number"), Text.of(rs.getString("title_es"),
                        rs.getString("title_en")), StandardStatus.valueOf(rs.getString("status")),
                rs.getObject("assignee_id", UUID.class), date(rs.getDate("due_date")),
                date(rs.getDate("waived_until")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
