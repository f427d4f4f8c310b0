package org.acredita.selfassessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.StandardComment;
import org.acredita.selfassessment.StandardStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The threads and histories of a whole file, one query each, keyed by standard number (same order per standard). */
@Repository
public class FileActivityQueries {

    private final JdbcClient jdbc;

    FileActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<StandardComment>> comments(UUID fileId) {
        Map<String, List<StandardComment>> comments = new HashMap<>();
        jdbc.sql("""
                select number, id, at, author_id, author, body from file_standard_comment
                where file_id = ? order by number, at, id
                """).param(fileId).query(rs -> {
                    comments.computeIfAbsent(rs.getString("number"), key -> new ArrayList<>())
                            .add(new StandardComment(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                                    rs.getObject("author_id", UUID.class), rs.getString("author"), rs.getString("body")));
                });
        return comments;
    }

    public Map<String, List<HistoryEntry>> history(UUID fileId) {
        Map<String, List<HistoryEntry>> history = new HashMap<>();
        jdbc.sql("""
                select number, at, actor_id, actor, action, from_status, to_status, note from file_standard_event
                where file_id = ? order by number, at desc, id
                """).param(fileId).query(rs -> {
                    String from = rs.getString("from_status");
                    String to = rs.getString("to_status");
                    history.computeIfAbsent(rs.getString("number"), key -> new ArrayList<>())
                            .add(new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                                    rs.getString("actor"), rs.getString("action"),
                                    from == null ? null : StandardStatus.valueOf(from),
                                    to == null ? null : StandardStatus.valueOf(to), rs.getString("note")));
                });
        return history;
    }
}
