package org.acredita.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as people read it. Administrators read every event; an agency's CEO and accreditation
 * manager read their own agency's events; nobody else reads the log. Row-level security applies the same
 * reach again in the database.
 */
@Service
public class AuditLog {

    private static final RowMapper<AuditEntry> ENTRIES = (rows, rowNum) -> new AuditEntry(rows.getLong("id"),
            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rows.getObject("actor_id", UUID.class), rows.getString("actor_name"),
            rows.getObject("organisation_id", UUID.class), rows.getObject("agency_id", UUID.class),
            rows.getString("action"), rows.getString("target_type"), rows.getString("target_id"),
            rows.getString("summary"));

    private final JdbcClient jdbc;

    public AuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** One page of the events matching the filters, with how many match over all pages, in one statement. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        return read(query, false).page();
    }

    /** A page of events and the actions for the filter list (as {@link #actions()}). */
    public record PageWithActions(AuditPage page, List<String> actions) {
    }

    /** {@link #search} and {@link #actions()} in one statement, for the log page. */
    @Transactional(readOnly = true)
    public PageWithActions searchWithActions(AuditQuery query) {
        return read(query, true);
    }

    /**
     * The page's events carry the number of matching events ({@code count(*) over ()}, computed before the limit);
     * the actions, when asked for, come from a second branch of the same statement, which always yields one row.
     * Only a page past the last one, which has no row to carry the number, counts again.
     */
    private PageWithActions read(AuditQuery query, boolean withActions) {
        Filter filter = filter(query);
        Map<String, Object> params = new HashMap<>(filter.params());
        long offset = (long) query.page() * query.size();
        params.put("limit", query.size());
        params.put("offset", offset);
        String events = "select *, count(*) over () as matching from audit_event" + filter.where()
                + " order by id desc limit :limit offset :offset";
        String sql = events;
        if (withActions) {
            UUID agency = readableAgency(CurrentScope.get(), null);
            params.put("actionsAgency", agency);
            sql = "with shown as (" + events + "), actions as (select coalesce(array_agg(distinct action order by"
                    + " action), '{}') as list from audit_event"
                    + (agency == null ? "" : " where agency_id = :actionsAgency")
                    + ") select s.*, a.list as actions from actions a left join shown s on true order by s.id desc";
        }
        List<AuditEntry> items = new ArrayList<>();
        long[] matching = {0};
        List<String> actions = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rows -> {
            if (withActions && actions.isEmpty()) {
                actions.addAll(List.of((String[]) rows.getArray("actions").getArray()));
            }
            if (rows.getObject("id") != null) {
                items.add(ENTRIES.mapRow(rows, items.size()));
                matching[0] = rows.getLong("matching");
            }
        });
        long total = !items.isEmpty() || offset == 0 ? matching[0]
                : jdbc.sql("select count(*) from audit_event" + filter.where()).params(filter.params())
                        .query(Long.class).single();
        return new PageWithActions(new AuditPage(items, query.page(), query.size(), total), List.copyOf(actions));
    }

    /**
     * Where the events matching the filters (page and size aside) lie in the chain: how many, the first and the
     * last id; checks the reader as {@link #search} does.
     */
    @Transactional(readOnly = true)
    public AuditSpan span(AuditQuery query) {
        Filter filter = filter(query);
        return jdbc.sql("select count(*) as events, min(id) as first, max(id) as last from audit_event"
                + filter.where()).params(filter.params()).query((rows, n) -> new AuditSpan(rows.getLong("events"),
                        rows.getObject("first", Long.class), rows.getObject("last", Long.class))).single();
    }

    /**
     * The next events matching the filters (page and size aside) after {@code afterId} and up to {@code lastId},
     * oldest first: an export reads the log a batch at a time, each in a short read of its own.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> batchAfter(AuditQuery query, long afterId, long lastId, int limit) {
        Filter filter = filter(query);
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("after", afterId);
        params.put("last", lastId);
        params.put("limit", limit);
        String where = filter.where().isEmpty() ? " where " : filter.where() + " and ";
        return jdbc.sql("select * from audit_event" + where + "id > :after and id <= :last order by id limit :limit")
                .params(params).query(ENTRIES).list();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter filter(AuditQuery query) {
        UUID agency = readableAgency(CurrentScope.get(), query.agencyId());
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        if (agency != null) {
            where.add("agency_id = :agency");
            params.put("agency", agency);
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action());
        }
        if (query.actor() != null) {
            where.add("actor_name ilike :actor escape '!'");
            params.put("actor", "%" + query.actor().replaceAll("[!%_]", "!$0") + "%");
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        return new Filter(where.toString(), params);
    }

    /** The actions that occur in the part of the log the reader may see, for the filter list. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        UUID agency = readableAgency(CurrentScope.get(), null);
        return agency == null
                ? jdbc.sql("select distinct action from audit_event order by action").query(String.class).list()
                : jdbc.sql("select distinct action from audit_event where agency_id = ? order by action").param(agency)
                        .query(String.class).list();
    }

    /** Null for every agency, else the only agency the reader may see; foreign agencies are not found. */
    private static UUID readableAgency(AccessScope reader, UUID requested) {
        if (reader.isAdmin()) {
            return requested;
        }
        // For agency roles the organisation is the agency.
        if (!reader.hasAnyRole(Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER) || reader.organisationId() == null) {
            throw new ForbiddenException();
        }
        if (requested != null && !requested.equals(reader.organisationId())) {
            throw new NotFoundException();
        }
        return reader.organisationId();
    }
}
