package org.acredita.search;

import org.acredita.search.internal.SearchHit;
import org.acredita.search.internal.SnippetPart;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Search over agencies' documents: languages, accents, snippets, escaping, files, and isolation. */
@AcreditaIntegrationTest
class SearchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Search search;

    @Autowired
    TextExtraction text;

    @Autowired
    TransactionTemplate transactions;

    private UUID police;
    private UUID c5;

    @BeforeEach
    void indexDocuments() {
        police = DemoOrganisations.police(jdbc);
        c5 = DemoOrganisations.c5(jdbc);
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> {
            search.index(new SearchDocument(police, "proof", "test-police-custody", "Bitácora de custodia de detenidos 2026",
                    "Registro diario de ingresos y egresos del área de detención. Capacitación del personal de guardia "
                            + "<script>alert(1)</script> en el manejo de la bitácora de los turnos A&B.", "/agencies/" + police));
            search.index(new SearchDocument(c5, "proof", "test-c5-custody", "Protocolo de custodia de llamadas",
                    "El C5 conserva la custodia de las grabaciones de llamadas 9-1-1 durante un año.", null));
            search.index(new SearchDocument(police, "directive", "test-police-training", "Training directive",
                    "Annual in-service training for every sworn officer, with attendance records.", null));
        }));
    }

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    @Test
    void anAgencySeesOnlyItsOwnTextAccentsIgnoredInBothLanguages() {
        AppClient manager = client("gerente.policia");
        String hits = manager.getJson("/api/v1/search?q=custodia").body();
        assertThat(hits).contains("Bitácora de custodia").doesNotContain("Protocolo de custodia")
                .doesNotContain("grabaciones").contains("<mark>custodia</mark>");
        assertThat(manager.getJson("/api/v1/search?q=capacitacion").body()).contains("Bitácora de custodia");
        assertThat(manager.getJson("/api/v1/search?q=officers%20training").body()).contains("Training directive");
        assertThat(manager.getJson("/api/v1/search?q=grabaciones").body()).contains("\"hits\":[]");
        assertThat(manager.getJson("/api/v1/search?q=custodia&agency=" + c5).status()).isEqualTo(404);

        String c5Hits = client("gerente.c5").getJson("/api/v1/search?q=custodia").body();
        assertThat(c5Hits).contains("Protocolo de custodia").doesNotContain("Bitácora");
        String funder = client("financiador").getJson("/api/v1/search?q=custodia").body();
        assertThat(funder).contains("Protocolo de custodia").contains("Bitácora de custodia");
    }

    /** The index-backed candidate function runs as the table's owner, so it must apply the reach itself. */
    @Test
    void theCandidateFunctionKeepsAgenciesApartOnItsOwn() {
        AccessScope policeOnly = new AccessScope(UUID.randomUUID(), "prueba", police,
                java.util.Set.of(org.acredita.access.Role.ACCREDITATION_MANAGER),
                org.acredita.access.Reach.of(java.util.Set.of(police)), org.acredita.access.Reach.of(java.util.Set.of(police)));
        java.util.List<UUID> agencies = CurrentScope.runAs(policeOnly, () -> transactions.execute(status -> jdbc.sql("""
                select distinct d.agency_id from acredita_search_candidates('custodia', null, null, null, 1000) c
                join search_document d on d.id = c.id""").query(UUID.class).list()));
        assertThat(agencies).containsExactly(police);
        Long hidden = CurrentScope.runAs(policeOnly, () -> transactions.execute(status -> jdbc.sql(
                "select count(*) from acredita_search_candidates('grabaciones', null, null, null, 1000)")
                .query(Long.class).single()));
        assertThat(hidden).isZero();
    }

    @Test
    void theDemoPolicesDirectivesAreFoundOnlyByThoseWhoSeeThePolice() {
        String hits = client("gerente.policia").getJson("/api/v1/search?q=fuerza&kind=directive").body();
        assertThat(hits).contains("\"kind\":\"directive\"").contains("/directives/");
        assertThat(client("gerente.c5").getJson("/api/v1/search?q=fuerza&kind=directive").body())
                .contains("\"hits\":[]");
    }

    @Test
    void snippetsNeverCarryMarkupFromDocuments() {
        String hits = client("gerente.policia").getJson("/api/v1/search?q=turnos").body();
        assertThat(hits).contains("<mark>turnos</mark>").doesNotContain("<script>");
        SearchHit hit = new SearchHit(police, "", "proof", "x", "x", null, java.util.List.of(
                new SnippetPart("Turnos A&B <b>", false), new SnippetPart("custodia", true)));
        assertThat(hit.snippetHtml()).isEqualTo("Turnos A&amp;B &lt;b&gt;<mark>custodia</mark>");
        String page = client("gerente.policia").get("/search?q=guardia").body();
        assertThat(page).contains("<mark>guardia</mark>").doesNotContain("<script>alert");
    }

    @Test
    void badQueriesAreRefusedInTheReadersLanguage() {
        AppClient manager = client("gerente.policia");
        manager.postForm("/language", java.util.Map.of("lang", "es-MX", "redirect", "/"));
        AppClient.Response tooShort = manager.getJson("/api/v1/search?q=a");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Escriba entre 2 y 200 caracteres");
        assertThat(manager.get("/search?q=a").body()).contains("Escriba entre 2 y 200 caracteres");
    }

    @Test
    void textComesOutOfPdfAndWordFiles() throws Exception {
        assertThat(text.textOf(new ByteArrayInputStream(pdf("Bitácora de custodia firmada por el turno")), "b.pdf"))
                .contains("custodia firmada");
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Directiva de uso de la fuerza, versión 3");
            document.write(word);
        }
        assertThat(text.textOf(new ByteArrayInputStream(word.toByteArray()), "directiva.docx"))
                .contains("uso de la fuerza");
        assertThat(text.textOf(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "roto.pdf")).isEmpty();
    }

    private static byte[] pdf(String line) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(line);
                stream.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
