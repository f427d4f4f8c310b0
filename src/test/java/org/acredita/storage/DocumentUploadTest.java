package org.acredita.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads through the pages and the API: sniffed types, limits, audit, and nothing half-written. */
@AcreditaIntegrationTest
class DocumentUploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadIsStoredWithItsSniffedTypeAndAudited() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/organisations/" + academy);
        AppClient.Response page = manager.upload("/organisations/" + academy + "/documents", "organigrama.pdf", PNG, true);
        assertThat(page.status()).isEqualTo(302);
        String shown = manager.get("/organisations/" + academy).body();
        assertThat(shown).contains("organigrama.pdf").contains("Documento guardado.");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'FILE_STORED' and agency_id = ? and summary like 'organigrama.pdf · image/png%'")
                .param(academy).query(Long.class).single());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void htmlIsRefusedWhateverItsNameAndNothingIsRecorded() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/organisations/" + academy);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        Long before = countFiles(academy);
        AppClient.Response response = manager.upload("/api/v1/organisations/" + academy + "/documents", "informe.pdf", html, false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("No se aceptan archivos de tipo «text/html»");
        assertThat(countFiles(academy)).isEqualTo(before);
    }

    @Test
    void oversizedUploadIsRefusedWithAClearMessage() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia").language("en");
        manager.get("/organisations/" + academy);
        byte[] big = new byte[101 * 1024 * 1024];
        AppClient.Response response = manager.upload("/api/v1/organisations/" + academy + "/documents", "big.pdf", big, false);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("exceeds the maximum size");
    }

    @Test
    void downloadIsAnAttachmentThatBrowsersMayNotSniff() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/organisations/" + academy);
        String created = manager.upload("/api/v1/organisations/" + academy + "/documents", "foto.png", PNG, false).body();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response download = manager.get("/files/" + id);
        assertThat(download.bytes()).isEqualTo(PNG);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private Long countFiles(UUID agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from stored_file where agency_id = ?")
                .param(agency).query(Long.class).single());
    }
}
