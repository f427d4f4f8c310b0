package org.acredita.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.improvement.OverdueItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open items by due date across agencies (partial index in V18). */
@Repository
public class OverdueItemQueries {

    private final JdbcClient jdbc;

    OverdueItemQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OverdueItem> dueBefore(LocalDate day) {
        return jdbc.sql("""
                select i.id, i.agency_id, o.name, i.title, i.due_date
                from improvement_item i join agency_directory o on o.agency_id = i.agency_id
                where i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < ?
                order by i.due_date, o.name, i.title
                """).param(day).query((rs, row) -> new OverdueItem(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()))
                .list();
    }
}
