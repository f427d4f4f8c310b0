package org.acredita.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
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

    /**
     * The organisation, its own enabled people by name (when asked for) and the people with these ids, in one
     * query: one row per person (or one row without a person).
     */
    public Optional<OrganisationWithPeople> organisationWithPeople(UUID organisationId, boolean withOwn,
            Collection<UUID> ids) {
        Organisation[] organisation = {null};
        List<StaffMember> own = new ArrayList<>();
        Map<UUID, StaffMember> named = new HashMap<>();
        Set<UUID> wanted = Set.copyOf(ids);
        jdbc.sql("""
                select o.id, o.kind, o.name, o.state_code, o.time_zone, u.id as user_id, u.display_name,
                       u.organisation_id as user_organisation_id, uo.name as user_organisation_name,
                       coalesce(? and u.enabled and u.agency_id = o.id, false) as own
                from organisation o
                left join (app_user u join organisation uo on uo.id = u.organisation_id)
                       on (? and u.enabled and u.agency_id = o.id) or u.id = any(?)
                where o.id = ?
                order by u.display_name
                """).params(withOwn, withOwn, ids.toArray(UUID[]::new), organisationId).query(rs -> {
                    if (organisation[0] == null) {
                        organisation[0] = OrganisationRepository.map(rs, 0);
                    }
                    UUID userId = rs.getObject("user_id", UUID.class);
                    if (userId == null) {
                        return;
                    }
                    StaffMember member = new StaffMember(userId, rs.getString("display_name"),
                            rs.getObject("user_organisation_id", UUID.class), rs.getString("user_organisation_name"));
                    if (rs.getBoolean("own")) {
                        own.add(member);
                    }
                    if (wanted.contains(userId)) {
                        named.put(userId, member);
                    }
                });
        return Optional.ofNullable(organisation[0]).map(found -> new OrganisationWithPeople(found, own, named));
    }

    /** An organisation, its own enabled people by name, and named people by id. */
    public record OrganisationWithPeople(Organisation organisation, List<StaffMember> own,
            Map<UUID, StaffMember> named) {
    }

    private static StaffMember member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"));
    }
}
