package org.acredita.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.acredita.access.Role;
import org.acredita.identity.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enabled partner-organisation people by role, for choosing who works on an agency. */
@Repository
public class StaffQueries {

    private static final String SELECT = """
            select u.id, u.display_name, u.organisation_id, o.name as organisation_name
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    StaffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StaffMember> holding(Role role) {
        return jdbc.sql(SELECT + """
                where u.enabled and u.agency_id is null
                  and exists (select 1 from role_grant g where g.user_id = u.id and g.role = ?)
                order by u.display_name
                """).param(role.name()).query(StaffQueries::member).list();
    }

    /** The agency's own enabled people, by name. */
    public List<StaffMember> ofAgency(UUID agencyId) {
        return jdbc.sql(SELECT + " where u.enabled and u.agency_id = ? order by u.display_name").param(agencyId)
                .query(StaffQueries::member).list();
    }

    /** Enabled accounts of any organisation that hold no role, so can do nothing yet; by name. */
    public List<StaffMember> withoutRoles() {
        return jdbc.sql(SELECT + """
                where u.enabled and not exists (select 1 from role_grant g where g.user_id = u.id)
                order by u.display_name
                """).query(StaffQueries::member).list();
    }

    public boolean holds(UUID userId, Role role) {
        return jdbc.sql("""
                select exists (select 1 from app_user u join role_grant g on g.user_id = u.id
                               where u.id = ? and u.enabled and g.role = ?)
                """).param(userId).param(role.name()).query(Boolean.class).single();
    }

    public List<StaffMember> named(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where u.id = any(?)").param(ids.toArray(UUID[]::new))
                .query(StaffQueries::member).list();
    }

    /** The agency's own enabled people by name, and the people with these ids, in one query. */
    public List<Found> ofAgencyOrNamed(UUID agencyId, Collection<UUID> ids) {
        return jdbc.sql(SELECT.replace("select u.id,", "select (u.enabled and u.agency_id = ?) as of_agency, u.id,")
                + " where (u.enabled and u.agency_id = ?) or u.id = any(?) order by u.display_name")
                .params(agencyId, agencyId, ids.toArray(UUID[]::new))
                .query((rs, row) -> new Found(member(rs, row), rs.getBoolean("of_agency"))).list();
    }

    /** A person found, and whether they are one of the agency's own enabled people. */
    public record Found(StaffMember member, boolean ofAgency) {
    }

    private static StaffMember member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"));
    }
}
