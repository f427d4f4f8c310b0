package org.acredita.improvement.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.improvement.internal.Category;
import org.acredita.improvement.internal.ImprovementItem;
import org.acredita.improvement.internal.Priority;
import org.acredita.improvement.internal.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Improvement items; row-level security hides other agencies' rows even if a check is forgotten. */
@Repository
public class ItemRepository {

    private static final String COLUMNS = "id, agency_id, category, title, description, owner, due_date, priority, "
            + "status, linked_standards, completed_on";
    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ImprovementItem> ofAgency(UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from improvement_item where agency_id = ? "
                + "order by due_date nulls last, created_at").param(agencyId).query(ItemRepository::map).list();
    }

    /** The item, locked so two changes of it happen one after the other. */
    public Optional<ImprovementItem> forUpdate(UUID agencyId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from improvement_item where agency_id = ? and id = ? for update")
                .params(agencyId, id).query(ItemRepository::map).optional();
    }

    public Optional<ImprovementItem> find(UUID agencyId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from improvement_item where agency_id = ? and id = ?")
                .params(agencyId, id).query(ItemRepository::map).optional();
    }

    /** Every item still to be done that the caller may see (agency and due date), for the counts. */
    public List<ImprovementItem> stillOpen() {
        return jdbc.sql("select " + COLUMNS + " from improvement_item where status in ('OPEN', 'IN_PROGRESS')")
                .query(ItemRepository::map).list();
    }

    public void insert(ImprovementItem item) {
        jdbc.sql("""
                insert into improvement_item (id, agency_id, category, title, description, owner, due_date, priority,
                    status, linked_standards, completed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?)
                """).params(item.id(), item.agencyId(), item.category().name(), item.title(), item.description(),
                item.owner(), date(item.dueDate()), item.priority().name(), item.status().name(),
                String.join(",", item.linkedStandards()), date(item.completedOn())).update();
    }

    public void update(ImprovementItem item) {
        jdbc.sql("""
                update improvement_item set category = ?, title = ?, description = ?, owner = ?, due_date = ?,
                    priority = ?, status = ?, linked_standards = string_to_array(?, ','), completed_on = ?,
                    updated_at = now()
                where id = ? and agency_id = ?
                """).params(item.category().name(), item.title(), item.description(), item.owner(),
                date(item.dueDate()), item.priority().name(), item.status().name(),
                String.join(",", item.linkedStandards()), date(item.completedOn()), item.id(), item.agencyId())
                .update();
    }

    private static ImprovementItem map(ResultSet rs, int row) throws SQLException {
        Array standards = rs.getArray("linked_standards");
        return new ImprovementItem(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                Category.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("description"),
                rs.getString("owner"), localDate(rs.getDate("due_date")), Priority.valueOf(rs.getString("priority")),
                Status.valueOf(rs.getString("status")),
                standards == null ? List.of() : Arrays.asList((String[]) standards.getArray()),
                localDate(rs.getDate("completed_on")));
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static LocalDate localDate(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
