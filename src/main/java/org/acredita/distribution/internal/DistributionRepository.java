package org.acredita.distribution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.acredita.personnel.Person;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The distributions' rows. Recipients are written in one statement over arrays, so a distribution to 30,000
 * people is a handful of statements; progress is one grouped scan of the distribution's recipients.
 */
@Repository
public class DistributionRepository {

    private static final String RECIPIENT = """
            select id, distribution_id, employee_number, full_name, rank_name, unit_name, position, email,
                   acknowledged_at, channel, seconds_spent, text_sha256
            from distribution_recipient""";

    private final JdbcClient jdbc;

    DistributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID agencyId, String title, LocalDate dueOn, LocalDate linksExpire, String chosen,
            UUID createdBy) {
        jdbc.sql("""
                insert into distribution (id, agency_id, title, due_on, links_expire, chosen, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, agencyId, title, dueOn, linksExpire, chosen, createdBy)
                .update();
    }

    void insertDocument(UUID distributionId, UUID agencyId, int position, SentDocument document) {
        jdbc.sql("""
                insert into distribution_document (distribution_id, agency_id, version_id, position, code, title, label,
                    text_sha256) values (?, ?, ?, ?, ?, ?, ?, ?)""").params(distributionId, agencyId,
                document.versionId(), position, document.code(), document.title(), document.label(),
                document.textSha256()).update();
    }

    /** Everyone at once: one statement whatever the number of people. */
    void insertRecipients(UUID distributionId, UUID agencyId, List<Person> people) {
        int n = people.size();
        String[] ids = new String[n];
        String[] persons = new String[n];
        String[] numbers = new String[n];
        String[] names = new String[n];
        String[] ranks = new String[n];
        String[] units = new String[n];
        String[] positions = new String[n];
        String[] emails = new String[n];
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            ids[i] = UUID.randomUUID().toString();
            persons[i] = p.id().toString();
            numbers[i] = p.employeeNumber();
            names[i] = p.name();
            ranks[i] = p.rank();
            units[i] = p.unit();
            positions[i] = p.position();
            emails[i] = p.email();
        }
        jdbc.sql("""
                insert into distribution_recipient (id, agency_id, distribution_id, person_id, employee_number, full_name,
                    rank_name, unit_name, position, email)
                select id, ?, ?, person, number, name, rank_name, unit_name, position, email
                from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as r(id, person, number, name, rank_name, unit_name, position, email)""")
                .params(agencyId, distributionId, ids, persons, numbers, names, ranks, units, positions, emails)
                .update();
    }

    List<Distribution> list(UUID agencyId, LocalDate today) {
        return jdbc.sql("""
                select d.id, d.agency_id, d.title, d.due_on, d.chosen, d.created_at,
                       count(r.id) as total, count(r.acknowledged_at) as acknowledged,
                       count(r.id) filter (where r.acknowledged_at is null and d.due_on < ?) as overdue
                from distribution d left join distribution_recipient r on r.distribution_id = d.id
                where d.agency_id = ?
                group by d.id order by d.created_at desc""").params(today, agencyId)
                .query(DistributionRepository::distribution).list();
    }

    /** The distribution with its counts, summed from {@link #byUnit} (one scan of its recipients). */
    Optional<Distribution> one(UUID agencyId, UUID id, LocalDate today) {
        return header(agencyId, id).map(d -> withCounts(d, byUnit(id, d.dueOn(), today)));
    }

    /** The distribution without its counts (zeros), for a caller that counts by unit itself. */
    Optional<Distribution> header(UUID agencyId, UUID id) {
        return jdbc.sql("""
                select d.id, d.agency_id, d.title, d.due_on, d.chosen, d.created_at, 0 as total, 0 as acknowledged,
                       0 as overdue
                from distribution d where d.agency_id = ? and d.id = ?""").params(agencyId, id)
                .query(DistributionRepository::distribution).optional();
    }

    static Distribution withCounts(Distribution d, List<Counts> units) {
        int total = 0;
        int acknowledged = 0;
        int overdue = 0;
        for (Counts c : units) {
            total += c.total();
            acknowledged += c.acknowledged();
            overdue += c.overdue();
        }
        return new Distribution(d.id(), d.agencyId(), d.title(), d.dueOn(), d.chosen(), d.createdAt(),
                new Counts(null, total, acknowledged, overdue));
    }

    /** Progress per unit, by unit name; one grouped scan. */
    List<Counts> byUnit(UUID distributionId, LocalDate dueOn, LocalDate today) {
        return jdbc.sql("""
                select unit_name, count(*) as total, count(acknowledged_at) as acknowledged,
                       count(*) filter (where acknowledged_at is null and ?::date < ?::date) as overdue
                from distribution_recipient where distribution_id = ?
                group by unit_name order by unit_name""").params(dueOn, today, distributionId)
                .query((rs, n) -> new Counts(rs.getString("unit_name"), rs.getInt("total"), rs.getInt("acknowledged"),
                        rs.getInt("overdue"))).list();
    }

    List<SentDocument> documents(UUID distributionId) {
        return jdbc.sql("""
                select version_id, code, title, label, text_sha256 from distribution_document
                where distribution_id = ? order by position""").param(distributionId)
                .query((rs, n) -> new SentDocument(rs.getObject("version_id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getString("label"), rs.getString("text_sha256"))).list();
    }

    /** The recipients, by unit then name; {@code pendingOnly} leaves out who acknowledged; {@code limit} 0 = all. */
    List<Recipient> recipients(UUID distributionId, String unit, boolean pendingOnly, int limit) {
        String sql = RECIPIENT + " where distribution_id = ?" + (unit == null ? "" : " and unit_name = ?")
                + (pendingOnly ? " and acknowledged_at is null" : "") + " order by unit_name, full_name, employee_number"
                + (limit > 0 ? " limit " + limit : "");
        var statement = jdbc.sql(sql).param(distributionId);
        if (unit != null) {
            statement = statement.param(unit);
        }
        return statement.query(DistributionRepository::recipient).list();
    }

    /** Every recipient in order, handed one at a time (an export of 30,000 rows never holds them all twice). */
    void eachRecipient(UUID distributionId, Consumer<Recipient> each) {
        jdbc.sql(RECIPIENT + " where distribution_id = ? order by unit_name, full_name, employee_number")
                .param(distributionId).query((RowCallbackHandler) rs -> each.accept(recipient(rs, 0)));
    }

    /** Gives each pending recipient of the unit (all units when null) a new link; the old one stops working. */
    void replaceTokens(List<UUID> recipientIds, List<byte[]> hashes) {
        jdbc.sql("""
                update distribution_recipient r set token_hash = t.hash
                from unnest(?::uuid[], ?::bytea[]) as t(id, hash) where r.id = t.id""")
                .params(recipientIds.stream().map(UUID::toString).toArray(String[]::new), hashes.toArray(byte[][]::new))
                .update();
    }

    /** The pending recipient a link's token hash names, with the distribution's agency and expiry. */
    Optional<LinkTarget> byToken(byte[] hash) {
        return jdbc.sql("""
                select r.id, r.agency_id, r.distribution_id, d.links_expire, r.acknowledged_at is not null as used
                from distribution_recipient r join distribution d on d.id = r.distribution_id
                where r.token_hash = ?""").param(hash)
                .query((rs, n) -> new LinkTarget(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                        rs.getObject("distribution_id", UUID.class), rs.getObject("links_expire", LocalDate.class),
                        rs.getBoolean("used"))).optional();
    }

    record LinkTarget(UUID recipientId, UUID agencyId, UUID distributionId, LocalDate linksExpire, boolean used) {
    }

    Optional<Recipient> recipient(UUID agencyId, UUID recipientId) {
        return jdbc.sql(RECIPIENT + " where agency_id = ? and id = ?").params(agencyId, recipientId)
                .query(DistributionRepository::recipient).optional();
    }

    /** The pending acknowledgements of a person, found by the e-mail address the roster has for them. */
    List<Recipient> pendingFor(UUID agencyId, String email) {
        return jdbc.sql(RECIPIENT + " where agency_id = ? and lower(email) = lower(?) and acknowledged_at is null"
                + " order by distribution_id").params(agencyId, email).query(DistributionRepository::recipient).list();
    }

    String title(UUID distributionId) {
        return jdbc.sql("select title from distribution where id = ?").param(distributionId).query(String.class)
                .single();
    }

    /** Notes when the reader first opened the text (the time spent is counted from there). */
    void opened(UUID recipientId) {
        jdbc.sql("update distribution_recipient set opened_at = now() where id = ? and opened_at is null")
                .param(recipientId).update();
    }

    /** Records the acknowledgement once: false when someone (a concurrent request) already did. */
    boolean acknowledge(UUID recipientId, String channel, UUID userId, String textSha256) {
        return jdbc.sql("""
                update distribution_recipient set acknowledged_at = now(), channel = ?, acknowledged_by = ?,
                    text_sha256 = ?, seconds_spent = case when opened_at is null then null
                        else greatest(0, extract(epoch from now() - opened_at)::int) end
                where id = ? and acknowledged_at is null""").params(channel, userId, textSha256, recipientId)
                .update() == 1;
    }

    private static Distribution distribution(ResultSet rs, int row) throws SQLException {
        return new Distribution(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("title"), rs.getObject("due_on", LocalDate.class), rs.getString("chosen"),
                rs.getTimestamp("created_at").toInstant(), new Counts(null, rs.getInt("total"),
                        rs.getInt("acknowledged"), rs.getInt("overdue")));
    }

    private static Recipient recipient(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("acknowledged_at");
        return new Recipient(rs.getObject("id", UUID.class), rs.getObject("distribution_id", UUID.class),
                rs.getString("employee_number"), rs.getString("full_name"), rs.getString("rank_name"),
                rs.getString("unit_name"), rs.getString("position"), rs.getString("email"),
                at == null ? null : at.toInstant(), rs.getString("channel"),
                (Integer) rs.getObject("seconds_spent"), rs.getString("text_sha256"));
    }
}
