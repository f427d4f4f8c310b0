package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An award granted some time ago at a held meeting, written straight into the Commission's tables as the system (the
 * decision path only grants awards dated on a meeting held today or before, and the clock is the real one), so tests
 * of continued compliance can stand in an award's first year.
 */
final class PastAwards {

    private PastAwards() {
    }

    static UUID granted(JdbcClient jdbc, UUID agencyId, LocalDate awardedOn) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            UUID meeting = jdbc.sql("""
                    insert into commission_meeting (meets_on, time_zone, place, status)
                    values (?, 'America/Mexico_City', 'Sala de la Comisión', 'MINUTES_APPROVED') returning id""")
                    .param(awardedOn).query(UUID.class).single();
            UUID item = jdbc.sql("""
                    insert into commission_docket_item (meeting_id, agency_id, reason)
                    values (?, ?, 'INITIAL_ACCREDITATION') returning id""")
                    .params(meeting, agencyId).query(UUID.class).single();
            UUID decision = jdbc.sql("""
                    insert into commission_decision (docket_item_id, agency_id, outcome, decided_on)
                    values (?, ?, 'ACCREDITED', ?) returning id""")
                    .params(item, agencyId, awardedOn).query(UUID.class).single();
            return jdbc.sql("""
                    insert into commission_award (decision_id, agency_id, programme, awarded_on, expires_on,
                        certificate_number) values (?, ?, 'LAW_ENFORCEMENT', ?, ?, ?) returning id""")
                    .params(decision, agencyId, awardedOn, awardedOn.plusYears(4),
                            "ACR-TEST-" + UUID.randomUUID().toString().substring(0, 8))
                    .query(UUID.class).single();
        });
    }
}
