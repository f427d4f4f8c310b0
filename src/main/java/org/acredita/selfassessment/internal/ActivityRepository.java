package org.acredita.selfassessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.StandardComment;
import org.acredita.selfassessment.StandardStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history and the comment threads of files' standards; appended to, never changed. */
@Repository
public class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID fileId, UUID agencyId, String number, UUID actorId, String actor, String action,
            StandardStatus from, StandardStatus to, String note) {
        jdbc.sql("""
                insert into file_standard_event (file_id, agency_id, number, actor_id, actor, action, from_status,
                    to_status, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(fileId, agencyId, number, actorId, actor, action, from == null ? null : from.name(),
                to == null ? null : to.name(), note).update();
    }

    public List<HistoryEntry> history(UUID fileId, String number) {
        return jdbc.sql("""
                select at, actor_id, actor, action, from_status, to_status, note from file_standard_event
                where file_id = ? and number = ? order by at desc, id
                """).params(fileId, number).query(ActivityRepository::entry).list();
    }

    /** Whether anything was done in the file beyond opening it. */
    public boolean anyWork(UUID fileId) {
        return jdbc.sql("""
                select exists (select 1 from file_standard_event where file_id = ? and action <> 'OPENED')
                    or exists (select 1 from file_standard_comment where file_id = ?)
                """).params(fileId, fileId).query(Boolean.class).single();
    }

    public StandardComment comment(UUID fileId, UUID agencyId, String number, UUID authorId, String author,
            String body) {
        return jdbc.sql("""
                insert into file_standard_comment (file_id, agency_id, number, author_id, author, body)
                values (?, ?, ?, ?, ?, ?) returning id, at, author_id, author, body
                """).params(fileId, agencyId, number, authorId, author, body).query(ActivityRepository::comment)
                .single();
    }

    public List<StandardComment> comments(UUID fileId, String number) {
        return jdbc.sql("""
                select id, at, author_id, author, body from file_standard_comment
                where file_id = ? and number = ? order by at, id
                """).params(fileId, number).query(ActivityRepository::comment).list();
    }

    private static StandardComment comment(ResultSet rs, int row) throws SQLException {
        return new StandardComment(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                rs.getObject("author_id", UUID.class), rs.getString("author"), rs.getString("body"));
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        return new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor"), rs.getString("action"), from == null ? null : StandardStatus.valueOf(from),
                to == null ? null : StandardStatus.valueOf(to), rs.getString("note"));
    }

    /** Moves a standard's history and comments along with a new number. */
    public void renumber(UUID fileId, String from, String to) {
        jdbc.sql("update file_standard_event set number = ? where file_id = ? and number = ?").params(to, fileId, from)
                .update();
        jdbc.sql("update file_standard_comment set number = ? where file_id = ? and number = ?")
                .params(to, fileId, from).update();
    }
}
