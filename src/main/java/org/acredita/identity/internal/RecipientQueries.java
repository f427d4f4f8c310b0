package org.acredita.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
}
