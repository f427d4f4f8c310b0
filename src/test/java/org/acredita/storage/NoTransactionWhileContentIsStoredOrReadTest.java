package org.acredita.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.search.TextExtraction;
import org.acredita.storage.internal.FileStore;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 16 §4: no file is copied into the store and no document's words are extracted while a transaction holds
 * a connection; only the rows are written inside it. Watches the file store and the text extraction of a whole
 * application (its own context, since it spies on two beans).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoTransactionWhileContentIsStoredOrReadTest {

    @MockitoSpyBean
    FileStore store;

    @MockitoSpyBean
    TextExtraction extraction;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> outside = new CopyOnWriteArrayList<>();
    private final List<String> inside = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watch() {
        doAnswer(call -> noted("store", call)).when(store).store(any(), anyLong(), any());
        doAnswer(call -> noted("extract", call)).when(extraction).textOf(any(), any());
    }

    private Object noted(String what, InvocationOnMock call) throws Throwable {
        (TransactionSynchronizationManager.isActualTransactionActive() ? inside : outside).add(what);
        return call.callRealMethod();
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private static AppClient signedIn(AppClient client) {
        client.get("/profile");
        return client;
    }

    @Test
    void anOrganisationDocumentIsStoredBeforeItsTransaction() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = signedIn(AppClient.signedIn(port, "gerente.academia"));

        AppClient.Response created = manager.upload("/api/v1/organisations/" + academy + "/documents",
                "acta-" + UUID.randomUUID() + ".txt", ("Acta " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                false);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(outside).contains("store");
        assertThat(inside).isEmpty();
    }

    @Test
    void aProofsWordsAreExtractedBeforeTheProofIsRecordedAndStillFound() {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = system(() -> jdbc.sql("""
                select fs.number from file_standard fs where fs.file_id = ?::uuid
                  and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                order by fs.sort_key limit 1""").param(file).query(String.class).single());
        String word = "armeria" + UUID.randomUUID().toString().substring(0, 8);
        AppClient staff = signedIn(AppClient.signedIn(port, "personal.policia"));

        AppClient.Response created = staff.upload("/api/v1/accreditation-files/" + file + "/standards/" + number
                + "/proofs", "bitacora.txt", ("Bitácora de la " + word).getBytes(StandardCharsets.UTF_8), false,
                Map.of("documentDate", LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString(),
                        "cycleYear", "1"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(outside).contains("store", "extract");
        assertThat(inside).isEmpty();
        assertThat(staff.getJson("/api/v1/search?q=" + word).body()).contains("bitacora.txt");
    }

    @Test
    void aDirectivesDocumentWordsAreExtractedBeforeEachChangeOfItsVersion() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient staff = signedIn(AppClient.signedIn(port, "personal.policia"));
        String base = "/api/v1/agencies/" + police + "/directives";
        String directive = id(staff.sendJson("POST", base, "{\"code\":\"TX-" + UUID.randomUUID().toString()
                .substring(0, 6) + "\",\"title\":\"Radiocomunicación\",\"kind\":\"PROCEDURE\"}", true));
        String version = id(staff.sendJson("POST", base + "/" + directive + "/versions", "{\"label\":\"1\"}", true));
        String word = "radioclave" + UUID.randomUUID().toString().substring(0, 8);

        AppClient.Response uploaded = staff.upload(base + "/" + directive + "/versions/" + version + "/documents",
                "claves.txt", ("Claves de radio: " + word).getBytes(StandardCharsets.UTF_8), false);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        id(staff.sendJson("POST", base + "/" + directive + "/versions/" + version + "/sections",
                "{\"number\":\"1\",\"heading\":\"Alcance\"}", true));

        assertThat(outside.stream().filter("extract"::equals)).hasSize(2);
        assertThat(inside).isEmpty();
        String indexed = system(() -> jdbc.sql("select body from search_document where kind = 'directive' "
                + "and source_id = ?").param(version).query(String.class).single());
        assertThat(indexed).contains(word).contains("1 Alcance");
    }

    @Test
    void anImportStoresEveryContentAndExtractsItsWordsBeforeItsOneTransaction() {
        AppClient body = signedIn(AppClient.signedIn(port, "calea.pm"));
        AppClient.Response exported = body.get("/api/v1/accreditation-files/" + DemoOrganisations.policeFile(jdbc)
                + "/export", "application/zip");
        assertThat(exported.status()).isEqualTo(200);
        AppClient admin = signedIn(AppClient.signedIn(port, "admin"));
        String agency = id(admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":\""
                + "Policía de Prueba " + UUID.randomUUID().toString().substring(0, 8) + "\",\"stateCode\":\"22\"}",
                true));
        outside.clear();

        AppClient.Response imported = body.upload("/api/v1/agencies/" + agency + "/accreditation-files/imports",
                "expediente.zip", exported.bytes(), false);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(outside).contains("store", "extract");
        assertThat(inside).isEmpty();
    }

    private static String id(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }
}
