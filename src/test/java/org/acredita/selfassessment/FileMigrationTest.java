package org.acredita.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moving a file from the 2024 test edition to the 2026 one through its crosswalk (1.1.1 equal but reworded,
 * 1.1.2 becomes 1.2.1, 1.1.3 removed, 2.1.1 new): statuses, history, comments, proofs and directive links
 * follow; the removed standard is kept for the record; only the accreditation body moves a file.
 */
@AcreditaIntegrationTest
class FileMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private void sql(String statement, Object... params) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(statement).params(params).update());
    }

    @Test
    void aFileMovesToTheNewEditionWithItsRecordAndWhatNeedsReviewIsListed() {
        EditionFixture fixture = EditionFixture.prepare(port, "Policía de Lagos de Moreno — edición");
        String agency = fixture.agency();
        String file = fixture.file();
        String earlier = fixture.earlier();
        String later = fixture.later();
        AppClient body = AppClient.signedIn(port, "calea.pm");
        body.get("/profile");
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");

        // Work on the earlier edition: statuses, a comment, a proof, a directive section mapped to 1.1.2 b.
        UUID agencyId = UUID.fromString(agency);
        UUID fileId = UUID.fromString(file);
        sql("update file_standard set status = 'IN_COMPLIANCE' where file_id = ? and number in ('1.1.1', '1.1.2')",
                fileId);
        sql("update file_standard set status = 'IN_PROGRESS' where file_id = ? and number = '1.1.3'", fileId);
        sql("insert into file_standard_comment (file_id, agency_id, number, author, body) values (?, ?, '1.1.2', "
                + "'Revisora', 'La orden general cubre el inciso b.')", fileId, agencyId);
        sql("insert into proof (id, file_id, agency_id, number, kind, title, note, document_date, cycle_year, "
                + "created_by_name) values (gen_random_uuid(), ?, ?, '1.1.2', 'NOTE', 'Acta de revisión', 'Acta.', "
                + "date '2025-06-01', 1, 'Prueba')", fileId, agencyId);
        sql("insert into proof (id, file_id, agency_id, number, kind, title, note, document_date, cycle_year, "
                + "created_by_name) values (gen_random_uuid(), ?, ?, '1.1.3', 'NOTE', 'Bitácora antigua', 'Bitácora.', "
                + "date '2025-06-02', 1, 'Prueba')", fileId, agencyId);
        // A waiver document and a proof file of 1.1.2, filed under its number as the modules file them.
        String hash = "ab".repeat(32);
        UUID document = system(() -> jdbc.sql("insert into stored_file (agency_id, owner_type, owner_id, sha256, "
                + "size_bytes, content_type, original_name) values (?, 'waiver-document', ?, ?, 3, 'text/plain', "
                + "'oficio.txt') returning id").params(agencyId, file + "/1.1.2", hash).query(UUID.class).single());
        UUID proofFile = system(() -> jdbc.sql("insert into stored_file (agency_id, owner_type, owner_id, sha256, "
                + "size_bytes, content_type, original_name) values (?, 'proof', ?, ?, 3, 'text/plain', 'acta.txt') "
                + "returning id").params(agencyId, file + "/1.1.2/1", hash).query(UUID.class).single());
        sql("insert into proof (id, file_id, agency_id, number, kind, title, stored_file_id, sha256, document_date, "
                + "cycle_year, created_by_name) values (gen_random_uuid(), ?, ?, '1.1.2', 'FILE', 'acta.txt', ?, ?, "
                + "date '2025-06-03', 1, 'Prueba')", fileId, agencyId, proofFile, hash);
        UUID section = system(() -> {
            UUID directive = jdbc.sql("insert into directive (agency_id, code, title, kind) values (?, 'OG-1', "
                    + "'Orden general 1', 'GENERAL_ORDER') returning id").param(agencyId).query(UUID.class).single();
            UUID version = jdbc.sql("insert into directive_version (agency_id, directive_id, label, status, approved_by, "
                    + "approved_on, effective_date) values (?, ?, 'v1', 'IN_EFFECT', 'Titular', date '2025-01-01', "
                    + "date '2025-01-02') returning id").params(agencyId, directive).query(UUID.class).single();
            return jdbc.sql("insert into directive_section (agency_id, version_id, number, heading, position) values "
                    + "(?, ?, '3', 'Revisión', 1) returning id").params(agencyId, version).query(UUID.class).single();
        });
        String letters = system(() -> jdbc.sql("select coalesce(string_agg(e.letter, ','), '') from element e join standard s on "
                + "s.id = e.standard_id where s.edition_id = ?::uuid and s.number = '1.1.2'").param(earlier)
                .query(String.class).single());
        String letter = letters.isEmpty() ? null : letters.split(",")[0];
        sql("insert into element_mapping (agency_id, section_id, edition_id, standard_number, element_letter) values "
                + "(?, ?, ?::uuid, '1.1.2', ?)", agencyId, section, earlier, letter);

        AppClient c5 = AppClient.signedIn(port, "gerente.c5");
        c5.get("/profile");
        assertThat(c5.getJson("/api/v1/accreditation-files/" + file + "/migration?to=" + later).status())
                .isEqualTo(404);
        assertThat(admin.getJson("/api/v1/accreditation-files/" + file + "/migration?to=" + earlier).status())
                .isEqualTo(400);
        String plan = body.getJson("/api/v1/accreditation-files/" + file + "/migration?to=" + later).body();
        assertThat(plan).contains("\"retired\":[\"1.1.3\"]")
                .contains("{\"number\":\"1.2.1\",\"from\":[\"1.1.2\"],\"relationship\":\"SUBSET\","
                        + "\"statusBefore\":\"IN_COMPLIANCE\",\"statusAfter\":\"IN_PROGRESS\",\"review\":\"CHANGED\"")
                .contains("{\"number\":\"2.1.1\",\"from\":[],\"relationship\":null,\"statusBefore\":null,"
                        + "\"statusAfter\":\"NOT_STARTED\",\"review\":\"NEW\"");
        assertThat(body.get("/accreditation-files/" + file + "/migration?to=" + later).body())
                .contains("data-testid=\"planned-1.2.1\"").contains("data-testid=\"migrate\"");

        AppClient.Response moved = body.sendJson("POST", "/api/v1/accreditation-files/" + file + "/migration",
                "{\"manualId\":\"" + later + "\"}", true);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        String list = body.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        assertThat(list).contains("\"number\":\"1.2.1\"").contains("\"number\":\"2.1.1\"")
                .doesNotContain("\"number\":\"1.1.3\"").doesNotContain("\"number\":\"999.");
        assertThat(list.substring(list.indexOf("\"number\":\"1.2.1\"")))
                .containsPattern("\"status\":\"IN_PROGRESS\".*?\"proofCounts\":\\{\"1\":2");
        String detail = body.getJson("/api/v1/accreditation-files/" + file + "/standards/1.2.1").body();
        assertThat(detail).contains("La orden general cubre el inciso b.").contains("\"action\":\"MIGRATED\"");
        assertThat(body.getJson("/api/v1/accreditation-files/" + file + "/standards/1.2.1/proofs").body())
                .contains("Acta de revisión");
        assertThat(system(() -> jdbc.sql("select number from file_standard where file_id = ? and former_number = "
                + "'1.1.3' and retired").param(fileId).query(String.class).single())).isEqualTo("999.1.1");
        assertThat(body.getJson("/api/v1/accreditation-files/" + file + "/standards/999.1.1/proofs").body())
                .contains("Bitácora antigua");
        assertThat(body.get("/accreditation-files/" + file + "/standards/999.1.1").body()).contains("formerly 1.1.3");
        assertThat(body.get("/agencies/" + agency + "/accreditation").body())
                .contains("data-testid=\"retired-standards\"");
        assertThat(system(() -> jdbc.sql("select owner_id from stored_file where id = ?").param(document)
                .query(String.class).single())).isEqualTo(file + "/1.2.1");
        assertThat(system(() -> jdbc.sql("select owner_id from stored_file where id = ?").param(proofFile)
                .query(String.class).single())).isEqualTo(file + "/1.2.1/1");
        assertThat(system(() -> jdbc.sql("select count(*) from element_mapping where section_id = ? and edition_id = "
                + "?::uuid and standard_number = '1.2.1'").params(section, later).query(Long.class).single()))
                .isEqualTo(1);
        assertThat(system(() -> jdbc.sql("select edition_id::text from accreditation_file where id = ?")
                .param(fileId).query(String.class).single())).isEqualTo(later);
        assertThat(system(() -> jdbc.sql("select count(*) from audit_event where action = "
                + "'ACCREDITATION_FILE_MIGRATED' and target_id = ?").param(file).query(Long.class).single()))
                .isEqualTo(1);
        // The retired standard is read-only, and nothing moves twice.
        AppClient.Response frozen = body.sendJson("PUT", "/api/v1/accreditation-files/" + file
                + "/standards/999.1.1/plan", "{\"notes\":\"x\"}", true);
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(body.sendJson("POST", "/api/v1/accreditation-files/" + file + "/migration",
                "{\"manualId\":\"" + later + "\"}", true).status()).isEqualTo(400);
    }

    @Test
    void aRefusedMoveShowsWhyBesideTheEditionChoiceWithTheChosenEditionKept() {
        EditionFixture fixture = EditionFixture.prepare(port, "Policía de Ocotlán — traslado rechazado");
        AppClient body = AppClient.signedIn(port, "calea.pm");
        String migration = "/accreditation-files/" + fixture.file() + "/migration";
        body.get(migration);
        AppClient.Response refused = body.postForm(migration, Map.of("to", fixture.earlier()));
        assertThat(refused.status()).isEqualTo(302);

        String page = body.get(migration + "?to=" + fixture.earlier()).body();
        assertThat(page).contains("data-testid=\"field-error-to\"")
                .contains("Choose a later published edition of the same programme.")
                .containsPattern("id=\"migration-to\"[^>]*aria-invalid=\"true\"")
                .contains("value=\"" + fixture.later() + "\"");
    }
}
