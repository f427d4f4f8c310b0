package org.acredita.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.Role;
import org.acredita.identity.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency's own managers and the partners assigned to it, per agency. */
@Repository
public class RecipientQueries {

    private final JdbcClient jdbc;

    RecipientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Recipient> forAgencies(Collection<UUID> agencyIds) {
        String ids = agencyIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                select u.agency_id as agency, u.id, u.display_name, u.email, u.locale
                from app_user u
                where u.enabled and u.agency_id = any(cast(:ids as uuid[]))
                  and exists (select 1 from role_grant g where g.user_id = u.id
                              and g.role in ('AGENCY_CEO', 'ACCREDITATION_MANAGER'))
                union
                select a.agency_id, u.id, u.display_name, u.email, u.locale
                from agency_assignment a join app_user u on u.id = a.user_id
                where u.enabled and a.agency_id = any(cast(:ids as uuid[]))
                  and exists (select 1 from role_grant g where g.user_id = u.id
                              and g.role in ('ADVISOR', 'REGIONAL_MANAGER'))
                order by 1, 3
                """).param("ids", ids).query((rs, row) -> new Recipient(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /**
     * Of these (agency, person) pairs, the enabled people who may read the agency by the rules of their own
     * sign-in ({@link ScopeRules}); the others are left out without a trace.
     */
    /** The agency's own enabled accreditation managers. */
    public List<Recipient> accreditationManagers(UUID agency) {
        return jdbc.sql("""
                select u.agency_id, u.id, u.display_name, u.email, u.locale
                from app_user u
                where u.enabled and u.agency_id = ?
                  and exists (select 1 from role_grant g where g.user_id = u.id and g.role = 'ACCREDITATION_MANAGER')
                order by u.display_name
                """).param(agency).query((rs, row) -> new Recipient(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /** The accreditation body's enabled programme managers (who read every agency), as recipients about one. */
    public List<Recipient> programmeManagers(UUID agency) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, u.locale
                from app_user u
                where u.enabled
                  and exists (select 1 from role_grant g where g.user_id = u.id and g.role = 'PROGRAMME_MANAGER')
                order by u.display_name
                """).query((rs, row) -> new Recipient(agency, rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    /** The enabled administrators (no agency). */
    public List<Recipient> administrators() {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, u.locale from app_user u
                where u.enabled and exists (select 1 from role_grant g where g.user_id = u.id and g.role = 'ADMIN')
                order by u.display_name
                """).query((rs, row) -> new Recipient(null, rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    public List<Recipient> readers(List<UUID> agencies, List<UUID> people) {
        return jdbc.sql(READER + """
                from unnest(cast(:agencies as uuid[]), cast(:people as uuid[])) as p(agency, person)
                join app_user u on u.id = p.person
                where u.enabled
                """).param("agencies", array(agencies)).param("people", array(people))
                .query(RecipientQueries::reader).list().stream().flatMap(Optional::stream).toList();
    }

    /** As {@link #readers}, for people named by user name (e.g. mentioned in a comment) and one agency. */
    public List<Recipient> readersNamed(UUID agency, Collection<String> usernames) {
        return jdbc.sql(READER + """
                from (select cast(:agency as uuid) as agency, name from unnest(cast(:names as text[])) as n(name)) p
                join app_user u on u.username = p.name
                where u.enabled
                """).param("agency", agency).param("names", array(usernames))
                .query(RecipientQueries::reader).list().stream().flatMap(Optional::stream).toList();
    }

    private static final String READER = """
            select p.agency, u.id, u.display_name, u.email, u.locale, u.username, u.agency_id as own_agency,
                   array(select g.role from role_grant g where g.user_id = u.id) as roles,
                   exists (select 1 from agency_assignment a where a.user_id = u.id and a.agency_id = p.agency)
                       as assigned
            """;

    private static Optional<Recipient> reader(ResultSet rs, int row) throws SQLException {
        UUID agency = rs.getObject("agency", UUID.class);
        UUID id = rs.getObject("id", UUID.class);
        Set<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toSet());
        boolean reads = ScopeRules.scopeFor(id, rs.getString("username"), null, rs.getObject("own_agency", UUID.class),
                roles, rs.getBoolean("assigned") ? Set.of(agency) : Set.of()).canRead(agency);
        return reads ? Optional.of(new Recipient(agency, id, rs.getString("display_name"), rs.getString("email"),
                rs.getString("locale"))) : Optional.empty();
    }

    /** A PostgreSQL array literal; the values are UUIDs or user names, which need no quoting. */
    private static String array(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
