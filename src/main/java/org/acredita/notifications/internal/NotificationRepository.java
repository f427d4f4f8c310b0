package org.acredita.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.notifications.internal.Notification;
import org.acredita.notifications.internal.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notification rows and their e-mail outbox; row-level security limits a person to their own rows. */
@Repository
public class NotificationRepository {

    private static final String COLUMNS = "id, agency_id, kind, parameters, link, created_at, read_at";
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };
    private static final String INSERT_NEW = """
            insert into notification (recipient_id, agency_id, kind, dedup_key, parameters, link, email_to,
                email_locale, email_status)
            values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
            """;
    private static final String INSERT = INSERT_NEW + "on conflict (recipient_id, dedup_key) do nothing\n";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    NotificationRepository(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** Held until the transaction ends; false when another node (or thread) holds it. */
    boolean tryLock(long key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key).query(Boolean.class).single();
    }

    /** True when created; false when this person already has this event. */
    boolean insert(NewNotification notice) {
        return insertAll(List.of(notice)) == 1;
    }

    /**
     * Creates the notifications in one batch, skipping every event its recipient already has (each sweep
     * offers the current events again); returns how many were new.
     */
    int insertAll(List<NewNotification> notices) {
        return insert(INSERT, notices);
    }

    /**
     * Creates notifications of a new event (a comment's mentions: its id is in the key), without the conflict
     * check: "on conflict" needs to see the rows it could meet, and a person writing a mention notice may not
     * read anyone else's notices.
     */
    int insertNew(List<NewNotification> notices) {
        return insert(INSERT_NEW, notices);
    }

    private int insert(String sql, List<NewNotification> notices) {
        int[][] counts = batches.batchUpdate(sql, notices, 500, (statement, notice) -> {
            statement.setObject(1, notice.recipientId());
            statement.setObject(2, notice.agencyId());
            statement.setString(3, notice.kind().name());
            statement.setString(4, notice.dedupKey());
            statement.setString(5, json.writeValueAsString(notice.parameters()));
            statement.setString(6, notice.link());
            statement.setString(7, notice.email());
            statement.setString(8, notice.locale());
            statement.setString(9, notice.email() == null ? "NONE" : "PENDING");
        });
        // A driver that rewrites batches answers "success, count unknown" (negative): counted as nothing new.
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).map(count -> Math.max(count, 0)).sum();
    }

    public List<Notification> of(UUID recipientId, boolean unreadOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient_id = ?"
                + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id limit ?")
                .params(recipientId, limit).query(this::map).list();
    }

    /** The person's unread notifications of one kind, newest first: others, however many, never crowd them out. */
    public List<Notification> unreadOfKind(UUID recipientId, NotificationKind kind, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient_id = ? and kind = ?"
                + " and read_at is null order by created_at desc, id limit ?")
                .params(recipientId, kind.name(), limit).query(this::map).list();
    }

    public Optional<Notification> find(UUID recipientId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient_id = ? and id = ?")
                .params(recipientId, id).query(this::map).optional();
    }

    public long unreadCount(UUID recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipientId).query(Long.class).single();
    }

    public void markRead(UUID recipientId, UUID id) {
        jdbc.sql("update notification set read_at = now() where recipient_id = ? and id = ? and read_at is null")
                .params(recipientId, id).update();
    }

    public int markAllRead(UUID recipientId) {
        return jdbc.sql("update notification set read_at = now() where recipient_id = ? and read_at is null")
                .param(recipientId).update();
    }

    /** The oldest e-mail due, locked so no other node sends it meanwhile; others skip it rather than wait. */
    Optional<PendingMail> nextPendingMail() {
        return jdbc.sql("""
                select id, kind, parameters, link, email_to, email_locale, email_attempts from notification
                where email_status = 'PENDING' and (email_next_attempt_at is null or email_next_attempt_at <= now())
                order by email_next_attempt_at nulls first, created_at limit 1 for update skip locked
                """).query((rs, row) -> new PendingMail(rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")), parameters(rs), rs.getString("link"),
                        rs.getString("email_to"), Locale.forLanguageTag(rs.getString("email_locale")),
                        rs.getInt("email_attempts"))).optional();
    }

    void mailSent(UUID id) {
        jdbc.sql("""
                update notification set email_status = 'SENT', emailed_at = now(), email_attempts = email_attempts + 1,
                    email_error = null, email_next_attempt_at = null where id = ?""").param(id).update();
    }

    /** Records a failed attempt: tried again after the delay, or given up for good when attempts run out. */
    void mailFailed(UUID id, boolean giveUp, String error, Duration retryAfter) {
        jdbc.sql("""
                update notification set email_attempts = email_attempts + 1, email_error = left(?, 1000),
                    email_status = case when ? then 'FAILED' else 'PENDING' end,
                    email_next_attempt_at = case when ? then null else now() + cast(? as interval) end
                where id = ?""").params(error, giveUp, giveUp, retryAfter.toSeconds() + " seconds", id).update();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")), parameters(rs), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    private Map<String, String> parameters(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("parameters"), PARAMETERS);
    }
}
