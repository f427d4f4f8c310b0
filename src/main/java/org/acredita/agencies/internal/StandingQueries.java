package org.acredita.agencies.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Programme-wide reads over many agencies at once, each one query so a programme of thousands of
 * agencies is summarised quickly. Row-level security leaves out agencies the caller may not read.
 */
@Repository
public class StandingQueries {

    private final JdbcClient jdbc;

    StandingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Name, profile and current enrolment per agency (the open one, else the latest). */
    public record Row(UUID agencyId, String name, String kind, String stateCode, String municipalityCode, String phase,
            String programme, LocalDate agreementDate, LocalDate deadline, LocalDate hearingDate, LocalDate awardDate,
            LocalDate awardExpires) {
    }

    public List<Row> standings(Collection<UUID> agencyIds) {
        return jdbc.sql("""
                select a.id, d.name, p.kind, p.state_code, p.municipality_code, e.phase, e.programme,
                       e.agreement_date, e.self_assessment_deadline, e.hearing_date, e.award_date, e.award_expires
                from unnest(?::uuid[]) as a(id)
                join agency_directory d on d.agency_id = a.id
                left join agency_profile p on p.agency_id = a.id
                left join lateral (
                    select * from agency_enrolment x where x.agency_id = a.id
                    order by (x.phase in ('DECLINED', 'DENIED', 'WITHDRAWN', 'REMOVED', 'LAPSED')), x.updated_at desc
                    limit 1) e on true
                where p.agency_id is not null or e.id is not null
                """).param(agencyIds.toArray(UUID[]::new)).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class)))
                .list();
    }

    /** The date each agency was first accredited (the date recorded with the step, else the day it was recorded). */
    public Map<UUID, LocalDate> firstAccredited(Collection<UUID> agencyIds) {
        return jdbc.sql("""
                select agency_id, min(coalesce(recorded_date, (occurred_at at time zone 'America/Mexico_City')::date))
                from agency_transition
                where agency_id = any(?) and to_phase in ('ACCREDITED', 'ACCREDITED_WITH_CONDITIONS', 'REACCREDITED')
                group by agency_id
                """).param(agencyIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
