package org.acredita.directives;

import java.util.List;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's directive drafts waiting for approval and signature, for the chief executive's inbox: one query.
 * Whoever reads the agency reads them; another agency's are not found (row-level security hides them too).
 */
@Service
public class DraftsAwaitingApproval {

    private final JdbcClient jdbc;

    DraftsAwaitingApproval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By directive code. */
    @Transactional(readOnly = true)
    public List<DraftAwaitingApproval> of(UUID agencyId) {
        CurrentScope.get().requireRead(agencyId);
        return jdbc.sql("""
                select d.agency_id, d.id, d.code, d.title, v.label
                from directive_version v join directive d on d.id = v.directive_id
                where v.agency_id = ? and v.status = 'DRAFT'
                order by d.code, v.label""").param(agencyId)
                .query((rs, row) -> new DraftAwaitingApproval(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }
}
