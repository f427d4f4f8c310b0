package org.acredita.assessments.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public comments of a site visit; row-level security keeps every query within the caller's reach. */
@Repository
public class CommentStore {

    private static final String SELECT = """
            select id, channel, author_name, contact, body, state, reject_reason, received_at from public_comment""";

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID visitId, UUID agencyId, CommentChannel channel, String name, String contact, String body,
            UUID recordedBy) {
        return jdbc.sql("""
                insert into public_comment (site_visit_id, agency_id, channel, author_name, contact, body, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(visitId, agencyId, channel.name(), name, contact, body, recordedBy).query(UUID.class).single();
    }

    public List<PublicComment> ofVisit(UUID visitId) {
        return jdbc.sql(SELECT + " where site_visit_id = ? order by received_at, id").param(visitId)
                .query(CommentStore::row).list();
    }

    public List<PublicComment> accepted(UUID visitId) {
        return jdbc.sql(SELECT + " where site_visit_id = ? and state = 'ACCEPTED' order by received_at, id")
                .param(visitId).query(CommentStore::row).list();
    }

    /** Decides a pending comment; false when it is not pending (decided already, or another visit's). */
    public boolean decide(UUID visitId, UUID commentId, CommentState state, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                update public_comment set state = ?, reject_reason = ?, moderated_by = ?, moderated_at = ?
                where site_visit_id = ? and id = ? and state = 'PENDING'""")
                .params(state.name(), reason, by, Timestamp.from(at), visitId, commentId).update() == 1;
    }

    public boolean exists(UUID visitId, UUID commentId) {
        return jdbc.sql("select exists (select 1 from public_comment where site_visit_id = ? and id = ?)")
                .params(visitId, commentId).query(Boolean.class).single();
    }

    private static PublicComment row(ResultSet rs, int n) throws SQLException {
        return new PublicComment(rs.getObject("id", UUID.class), CommentChannel.valueOf(rs.getString("channel")),
                rs.getString("author_name"), rs.getString("contact"), rs.getString("body"),
                CommentState.valueOf(rs.getString("state")), rs.getString("reject_reason"),
                rs.getTimestamp("received_at").toInstant());
    }
}
