package org.acredita.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.OrganisationKind;
import org.acredita.identity.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisation rows; row-level security already hides agencies outside the caller's scope. */
@Repository
public class OrganisationRepository {

    private static final String COLUMNS = "id, kind, name, state_code, time_zone";
    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by kind, lower(name)")
                .query(OrganisationRepository::map).list();
    }

    public Optional<Organisation> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id)
                .query(OrganisationRepository::map).optional();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(?))").param(name)
                .query(Boolean.class).single();
    }

    public Organisation insert(OrganisationKind kind, String name, String stateCode, ZoneId timeZone) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, kind, name, state_code, time_zone) values (?, ?, ?, ?, ?)")
                .params(id, kind.name(), name, stateCode, timeZone.getId()).update();
        return new Organisation(id, kind, name, stateCode, timeZone);
    }

    public void update(UUID id, String name, String stateCode, ZoneId timeZone) {
        jdbc.sql("update organisation set name = ?, state_code = ?, time_zone = ? where id = ?")
                .params(name, stateCode, timeZone.getId(), id).update();
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("state_code"), ZoneId.of(rs.getString("time_zone")));
    }
}
