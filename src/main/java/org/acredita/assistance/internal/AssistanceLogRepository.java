package org.acredita.assistance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.access.Reach;
import org.acredita.assistance.internal.AssistanceMode;
import org.acredita.assistance.internal.AssistanceSession;
import org.acredita.assistance.AssistanceTotal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code assistance_session}; row-level security limits every statement to the caller's agencies. */
@Repository
public class AssistanceLogRepository {

    /** The caller's reach, restated in SQL so totals never lean on row-level security alone. */
    private static final String VISIBLE = " (:reach = '*' or agency_id::text = any(string_to_array(:reach, ','))) ";

    private final JdbcClient jdbc;

    AssistanceLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID agencyId, LocalDate occurredOn, AssistanceMode mode, int minutes, String advisors,
            String participants, List<String> topics, String summary, String followUp, UUID recordedBy,
            String recordedByName) {
        // Topics are validated numbers without commas, so a comma-joined string round-trips exactly.
        return jdbc.sql("""
                insert into assistance_session (agency_id, occurred_on, mode, duration_minutes, advisors,
                    agency_participants, topics, summary, follow_up, recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?) returning id""")
                .params(agencyId, occurredOn, mode.name(), minutes, advisors, participants, String.join(",", topics),
                        summary, followUp, recordedBy, recordedByName)
                .query(UUID.class).single();
    }

    public List<AssistanceSession> forAgency(UUID agencyId) {
        return jdbc.sql("select * from assistance_session where agency_id = ? order by occurred_on desc, created_at desc")
                .param(agencyId).query(AssistanceLogRepository::session).list();
    }

    public AssistanceSession get(UUID id) {
        return jdbc.sql("select * from assistance_session where id = ?").param(id)
                .query(AssistanceLogRepository::session).single();
    }

    public boolean anyFor(UUID agencyId) {
        return jdbc.sql("select exists (select 1 from assistance_session where agency_id = ?)").param(agencyId)
                .query(Boolean.class).single();
    }

    public List<AssistanceTotal> byAgency(Reach reach, LocalDate since) {
        return totals("agency_id::text", reach, since);
    }

    public List<AssistanceTotal> byAdvisor(Reach reach, LocalDate since) {
        return totals("recorded_by_name", reach, since);
    }

    /** Session dates are the agency's local calendar dates, so the month is read straight from them. */
    public List<AssistanceTotal> byMonth(Reach reach, LocalDate since) {
        return totals("to_char(occurred_on, 'YYYY-MM')", reach, since);
    }

    /** Sessions and minutes per agency among the given ones since a date; the policy hides foreign rows. */
    public List<AssistanceTotal> forAgencies(java.util.Collection<UUID> agencyIds, LocalDate since) {
        return jdbc.sql("select agency_id::text as k, count(*) as sessions, sum(duration_minutes) as minutes"
                        + " from assistance_session where agency_id = any(:ids) and occurred_on >= :since group by 1")
                .param("ids", agencyIds.toArray(UUID[]::new)).param("since", since)
                .query((rs, n) -> new AssistanceTotal(rs.getString("k"), rs.getString("k"), rs.getLong("sessions"),
                        rs.getLong("minutes")))
                .list();
    }

    private List<AssistanceTotal> totals(String group, Reach reach, LocalDate since) {
        return jdbc.sql("select " + group + " as k, count(*) as sessions, sum(duration_minutes) as minutes"
                        + " from assistance_session where occurred_on >= :since and" + VISIBLE
                        + " group by 1 order by 1")
                .param("since", since).param("reach", reach.asSetting())
                .query((rs, n) -> new AssistanceTotal(rs.getString("k"), rs.getString("k"), rs.getLong("sessions"),
                        rs.getLong("minutes")))
                .list();
    }

    private static AssistanceSession session(ResultSet rs, int row) throws SQLException {
        String[] topics = (String[]) rs.getArray("topics").getArray();
        return new AssistanceSession(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getObject("occurred_on", LocalDate.class), AssistanceMode.valueOf(rs.getString("mode")),
                rs.getInt("duration_minutes"), rs.getString("advisors"), rs.getString("agency_participants"),
                Arrays.asList(topics), rs.getString("summary"), rs.getString("follow_up"),
                rs.getString("recorded_by_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
