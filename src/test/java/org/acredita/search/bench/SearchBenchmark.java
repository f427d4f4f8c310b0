package org.acredita.search.bench;

import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.Latency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search target of issue 5 §11, measured on demand (never in the normal build):
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=SearchBenchmark</pre>
 * Indexes 200,000 documents across 500 agencies (80 words each: 8 of 50 domain words such as "custodia",
 * so each appears in about one document in six, and 72 from a vocabulary of 5,000), the demo
 * police among them, then times the search API and page for the police's manager (their agency only),
 * for the advisor (two agencies) and for the programme manager (every agency).
 */
@Tag("benchmark")
@AcreditaIntegrationTest
class SearchBenchmark {

    static final int AGENCIES = 500;
    static final int DOCUMENTS = 200_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchOverTwoHundredThousandProofs() {
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        long start = System.nanoTime();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> generate(run));
        long documents = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from search_document")
                .query(Long.class).single());
        jdbc.sql("analyze search_document").update();
        StringBuilder report = new StringBuilder("\n==== Search benchmark (issue 5) ====\n");
        report.append(String.format("indexed %,d documents across %d agencies in %.1f s%n", documents, AGENCIES + 1,
                (System.nanoTime() - start) / 1e9));
        List<String> queries = List.of("custodia", "capacitacion%20anual", "uso%20de%20la%20fuerza", "evidencia",
                "vehiculos%20oficiales", "bitacora", "supervision", "quejas");
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        AppClient advisor = AppClient.signedIn(port, "asesor");
        AppClient staff = AppClient.signedIn(port, "calea.pm");
        report.append(String.format("%-62s %8s %8s %8s%n", "request (8 queries in rotation)", "p50 ms", "p95 ms", "max ms"));
        Latency.measure(report, manager, "search API, agency manager (own agency, ~400 documents)",
                queries.stream().map(q -> "/api/v1/search?q=" + q).toList(), true);
        Latency.measure(report, manager, "search page, agency manager",
                queries.stream().map(q -> "/search?q=" + q).toList(), false);
        Latency.measure(report, advisor, "search API, advisor (2 agencies)",
                queries.stream().map(q -> "/api/v1/search?q=" + q).toList(), true);
        Latency.measure(report, staff, "search API, programme manager (all 200,000 documents)",
                queries.stream().map(q -> "/api/v1/search?q=" + q).toList(), true);
        System.out.println(report);
    }

    /** Agencies and documents straight in SQL (as the system): the point is to search them, not to create them. */
    private void generate(String run) {
        UUID police = DemoOrganisations.police(jdbc);
        jdbc.sql("""
                insert into organisation (kind, name, state_code, time_zone)
                select 'AGENCY', 'Institución de búsqueda ' || ? || ' ' || lpad(g::text, 3, '0'),
                       lpad((1 + g % 32)::text, 2, '0'), 'America/Mexico_City'
                from generate_series(1, ?) g
                """).param(run).param(AGENCIES).update();
        jdbc.sql("""
                with agencies as (
                    select id, row_number() over (order by id) - 1 as n from organisation
                    where name like 'Institución de búsqueda ' || ? || ' %'
                    union all select ?, ?),
                words as (select array['custodia', 'capacitación', 'anual', 'uso', 'de', 'la', 'fuerza', 'evidencia',
                    'vehículos', 'oficiales', 'bitácora', 'supervisión', 'quejas', 'detenidos', 'registro', 'turno',
                    'personal', 'informe', 'directiva', 'revisión', 'inspección', 'mantenimiento', 'armamento',
                    'resguardo', 'cadena', 'víctimas', 'atención', 'llamadas', 'despacho', 'patrullaje', 'tránsito',
                    'comunidad', 'transparencia', 'auditoría', 'inventario', 'licencias', 'exámenes', 'médicos',
                    'formación', 'instructores', 'evaluación', 'desempeño', 'ascensos', 'disciplina', 'ética',
                    'protocolo', 'emergencia', 'simulacro', 'manual', 'procedimiento'] as w)
                insert into search_document (agency_id, kind, source_id, title, body)
                select a.id, 'proof', 'bench-' || ? || '-' || g,
                       'Prueba ' || g || ': ' || w.w[1 + g % 50] || ' y ' || w.w[1 + (g / 7) % 50],
                       (select string_agg(case when i <= 8 then w.w[1 + ((g * 31 + i * 17 + i * i) % 50)]
                                               else 'vocablo' || ((g * 7919 + i * 104729) % 5000) end, ' ')
                        from generate_series(1, 80) i)
                from generate_series(1, ?) g
                join agencies a on a.n = g % (? + 1)
                cross join words w
                """).param(run).param(police).param(AGENCIES).param(run).param(DOCUMENTS).param(AGENCIES).update();
    }
}
