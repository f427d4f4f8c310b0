package org.acredita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.SchemaOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search across a whole programme (a caller who reads every agency) finds its candidates through the GIN text
 * indexes, not by reading every document (issue 17: 80 of 86 ms were a sequential scan). The candidates are found
 * inside {@code acredita_search_candidates}, whose plan EXPLAIN of the caller's statement does not show, so the
 * plan of the statement inside the function is printed by {@code auto_explain} as a notice. Thirty thousand
 * documents are written, analysed and searched in one transaction of the schema's owner that is rolled back; the
 * search is repeated past the five runs after which PostgreSQL may keep one generic plan for the function's query.
 */
@AcreditaIntegrationTest
class ProgrammeWideSearchPlanTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSearchOfEveryAgencyReadsTheTextIndexesRatherThanEveryDocument() throws SQLException {
        UUID police = CurrentScope.runAs(AccessScope.SYSTEM, () -> DemoOrganisations.police(jdbc));
        DataSource owner = SchemaOwner.of(environment);
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into search_document (agency_id, kind, source_id, title, body)
                        select ?, 'proof', 'plan-test-' || g, 'Prueba ' || g,
                               'vocablo' || (g % 5000) || ' palabra' || (g % 997) || ' custodia registro '
                               || case when g % 3000 = 0 then 'zafiro' else 'turno' end
                        from generate_series(1, 30000) g""")) {
                    insert.setObject(1, police);
                    insert.executeUpdate();
                }
                try (Statement settings = connection.createStatement()) {
                    settings.execute("analyze search_document");
                    settings.execute("load 'auto_explain'");
                    settings.execute("set local auto_explain.log_min_duration = 0");
                    settings.execute("set local auto_explain.log_nested_statements = on");
                    settings.execute("set local auto_explain.log_level = 'notice'");
                    settings.execute("select set_config('acredita.read', '*', true)");
                }
                String plan = "";
                for (int run = 0; run < 8; run++) {
                    try (PreparedStatement search = connection.prepareStatement(
                            "select count(*) from acredita_search_candidates(?, null, null, null, 1000)")) {
                        search.setString(1, "zafiro");
                        search.executeQuery().close();
                        plan = notices(search.getWarnings());
                    }
                }
                System.out.println("==== acredita_search_candidates, programme-wide, last run ====\n" + plan);
                assertThat(plan).as("plan of the candidates' query on the last run").contains("from search_document d")
                        .contains("Bitmap Index Scan on search_document_es")
                        .doesNotContain("Seq Scan on search_document");
            } finally {
                connection.rollback();
            }
        }
    }

    /** The plans auto_explain sent as notices, of the statements inside the function. */
    private static String notices(SQLWarning warning) {
        StringBuilder text = new StringBuilder();
        for (SQLWarning next = warning; next != null; next = next.getNextWarning()) {
            text.append(next.getMessage()).append('\n');
        }
        return text.toString();
    }
}
