package org.acredita.dashboard.bench;

import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.Latency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The performance targets of issue 4 §11, measured on demand (never in the normal build):
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=ProgrammeBenchmark</pre>
 * Generates 2,500 agencies in the demo programme (profiles across the 32 states, an enrolment each at
 * a spread of phases, 50,000 timeline events, 12,500 technical-assistance sessions), then times the
 * programme dashboard and the agency list for the programme-wide reader and for an advisor with 100
 * assigned agencies, and prints p50/p95/max.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
class ProgrammeBenchmark {

    static final int AGENCIES = 2500;
    static final int EVENTS_PER_AGENCY = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dashboardAndAgencyList() {
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        long start = System.nanoTime();
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> generate(run));
        StringBuilder report = new StringBuilder("\n==== Programme benchmark (issue 4) ====\n");
        report.append(String.format("generated %,d agencies, %,d timeline events, %,d assistance sessions in %.1f s%n",
                count("organisation where kind = 'AGENCY'"), count("agency_transition"), count("assistance_session"),
                (System.nanoTime() - start) / 1e9));
        jdbc.sql("analyze").update();

        AppClient staff = AppClient.signedIn(port, "calea.pm");
        staff.get("/");
        AppClient advisor = AppClient.signedIn(port, "asesora");
        advisor.get("/");
        String base = "/programmes/" + programme;
        report.append(String.format("%-62s %8s %8s %8s%n", "request", "p50 ms", "p95 ms", "max ms"));
        Latency.measure(report, staff, "dashboard page (programme-wide, 2,519 agencies)", List.of(base + "/dashboard"),
                false);
        Latency.measure(report, staff, "dashboard API GET /api/v1/programmes/{id}/dashboard",
                List.of("/api/v1/programmes/" + programme + "/dashboard"), true);
        Latency.measure(report, advisor, "dashboard page (advisor, 102 agencies)", List.of(base + "/dashboard"), false);
        Latency.measure(report, staff, "agency list page GET /agencies", List.of("/agencies"), false);
        Latency.measure(report, advisor, "agency list page GET /agencies (advisor)", List.of("/agencies"), false);
        Latency.measure(report, staff, "agency list API GET /api/v1/agencies", List.of("/api/v1/agencies"), true);
        Latency.measure(report, staff, "home page GET / (programme manager)", List.of("/"), false);
        Latency.measure(report, staff, "programme page GET /programmes/{id} (2,519 members)", List.of(base), false);
        Latency.measure(report, staff, "drill-down page, one state (about 78 agencies)",
                List.of(base + "/dashboard/agencies?state=14", base + "/dashboard/agencies?state=09"), false);
        System.out.println(report);
    }

    private long count(String from) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from " + from)
                .query(Long.class).single());
    }

    /** Bulk rows straight in SQL (as the system): the point is to read them, not to time their creation. */
    UUID generate(String run) {
        UUID programme = jdbc.sql("select id from funded_programme order by starts_on limit 1").query(UUID.class).single();
        jdbc.sql("""
                insert into organisation (kind, name, state_code, time_zone)
                select 'AGENCY', 'Institución de prueba ' || ? || ' ' || lpad(g::text, 4, '0'),
                       lpad((1 + g % 32)::text, 2, '0'), 'America/Mexico_City'
                from generate_series(1, ?) g
                """).param(run).param(AGENCIES).update();
        jdbc.sql("""
                insert into agency_profile (agency_id, kind, level, state_code, sworn_personnel, civilian_personnel, functions)
                select o.id, (array['LAW_ENFORCEMENT', 'COMMUNICATIONS_CENTRE', 'ACADEMY', 'CAMPUS_SECURITY'])[1 + n % 4],
                       'MUNICIPAL', o.state_code, 50 + n % 900, 10 + n % 200, '{}'
                from (select id, state_code, (row_number() over (order by name))::int as n from organisation
                      where name like 'Institución de prueba ' || ? || ' %') o
                """).param(run).update();
        jdbc.sql("""
                insert into agency_enrolment (agency_id, programme, phase, agreement_date, self_assessment_deadline,
                    award_date, award_expires, updated_at)
                select p.agency_id,
                       case p.kind when 'LAW_ENFORCEMENT' then 'LAW_ENFORCEMENT' when 'COMMUNICATIONS_CENTRE' then 'COMMUNICATIONS'
                                   when 'ACADEMY' then 'TRAINING_ACADEMY' else 'CAMPUS_SECURITY' end,
                       ph.phase, current_date - (n % 1200)::int, current_date - (n % 1200)::int + interval '36 months',
                       case when ph.phase in ('ACCREDITED', 'CONTINUED_COMPLIANCE') then current_date - (n % 700)::int end,
                       case when ph.phase in ('ACCREDITED', 'CONTINUED_COMPLIANCE') then current_date - (n % 700)::int + interval '4 years' end,
                       now()
                from (select agency_id, kind, (row_number() over ())::int as n from agency_profile
                      where agency_id in (select id from organisation where name like 'Institución de prueba ' || ? || ' %')) p
                cross join lateral (select (array['COMMITTED', 'READINESS_ASSESSMENT', 'SELF_ASSESSMENT', 'SELF_ASSESSMENT',
                    'SELF_ASSESSMENT', 'MOCK_ASSESSMENT', 'READY_FOR_REVIEW', 'REMOTE_FILE_REVIEW', 'SITE_BASED_ASSESSMENT',
                    'REPORT', 'ACCREDITED', 'CONTINUED_COMPLIANCE'])[1 + p.n % 12] as phase) ph
                """).param(run).update();
        jdbc.sql("""
                insert into agency_transition (enrolment_id, agency_id, from_phase, to_phase, occurred_at, actor_name, reason,
                    recorded_date)
                select e.id, e.agency_id, 'CANDIDATE',
                       case when g = ? and e.award_date is not null then 'ACCREDITED' else 'SELF_ASSESSMENT' end,
                       now() - ((? - g) || ' days')::interval, 'benchmark', 'Paso generado ' || g,
                       case when g = ? and e.award_date is not null then e.award_date end
                from agency_enrolment e join organisation o on o.id = e.agency_id
                cross join generate_series(1, ?) g
                where o.name like 'Institución de prueba ' || ? || ' %'
                """).param(EVENTS_PER_AGENCY).param(EVENTS_PER_AGENCY).param(EVENTS_PER_AGENCY).param(EVENTS_PER_AGENCY)
                .param(run).update();
        jdbc.sql("""
                insert into funded_programme_agency (programme_id, agency_id, joined_on)
                select ?, id, current_date - 400 from organisation where name like 'Institución de prueba ' || ? || ' %'
                """).param(programme).param(run).update();
        jdbc.sql("""
                insert into assistance_session (agency_id, occurred_on, mode, duration_minutes, advisors, summary, recorded_by_name)
                select o.id, current_date - (g * 37 % 600), case when g % 2 = 0 then 'ON_SITE' else 'REMOTE' end, 60 + g * 15,
                       'Asesoría de prueba', 'Sesión generada', 'benchmark'
                from organisation o cross join generate_series(1, 5) g
                where o.name like 'Institución de prueba ' || ? || ' %'
                """).param(run).update();
        jdbc.sql("""
                insert into agency_assignment (user_id, agency_id)
                select u.id, o.id from app_user u,
                    (select id from organisation where name like 'Institución de prueba ' || ? || ' %' order by name limit 100) o
                where u.username = 'asesora'
                """).param(run).update();
        return programme;
    }
}
