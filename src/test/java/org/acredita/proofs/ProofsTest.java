package org.acredita.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.UserLanguages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proofs of compliance through the API and the pages: upload with retry safety, validation before any write,
 * the type allow-list, time-sensitive slots and late proofs, search, preview, removal rules, and isolation.
 */
@AcreditaIntegrationTest
class ProofsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.acredita.notifications.internal.ReminderSweep sweep;

    @Autowired
    org.acredita.support.MovableClock clock;

    private UserLanguages languages;

    private AppClient client(String username) {
        return languages().client(username);
    }

    private AppClient in(String language, String username) {
        return languages().in(language, username);
    }

    private UserLanguages languages() {
        if (languages == null) {
            languages = new UserLanguages(port, jdbc);
        }
        return languages;
    }

    @AfterEach
    void giveLanguagesBack() {
        languages().giveBack();
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private String policeFile() {
        return DemoOrganisations.policeFile(jdbc);
    }

    /** A standard of the police file still being worked on, time-sensitive with this frequency or not at all. */
    private String standard(String file, String frequency) {
        return system(() -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and s.frequency is not distinct from ?
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key limit 1""").params(file, frequency).query(String.class).single());
    }

    private long count(String table) {
        return system(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }

    private static String base(String file, String number) {
        return "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs";
    }

    private static Map<String, String> fields(String date, String year) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (date != null) {
            fields.put("documentDate", date);
        }
        if (year != null) {
            fields.put("cycleYear", year);
        }
        return fields;
    }

    private static String idOf(String json) {
        return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private String today() {
        return LocalDate.now(java.time.ZoneId.of("America/Mexico_City")).minusDays(1).toString();
    }

    @Test
    void aProofIsStoredOnceCountedPerYearSearchableAndStreamedBack() {
        String file = policeFile();
        String number = standard(file, null);
        AppClient staff = in("es-MX", "personal.policia");
        byte[] text = ("Bitácora de revisión de armamento: inspección trimestral del armero "
                + "con número de serie verificado.").getBytes(StandardCharsets.UTF_8);
        long storedBefore = count("stored_file");

        AppClient.Response created = staff.upload(base(file, number), "bitacora-armero.txt", text, false,
                fields(today(), "1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String proof = idOf(created.body());
        assertThat(created.header("Location")).endsWith("/proofs/" + proof);
        assertThat(created.body()).contains("\"kind\":\"FILE\"").contains("\"cycleYear\":1")
                .contains("\"title\":\"bitacora-armero.txt\"").contains("\"textIndexed\":true");

        // The same bytes again (a retried upload) give back the same proof: nothing new is stored.
        AppClient.Response retried = staff.upload(base(file, number), "bitacora-armero (1).txt", text, false,
                fields(today(), "1"));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(idOf(retried.body())).isEqualTo(proof);
        // Its row and the evidence library's, both naming the one content.
        assertThat(count("stored_file")).isEqualTo(storedBefore + 2);

        String list = staff.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        assertThat(list).contains("\"number\":\"" + number + "\"");
        assertThat(list.substring(list.indexOf("\"number\":\"" + number + "\"")))
                .containsPattern("\"proofCounts\":\\{\"1\":1,\"2\":0,\"3\":0,\"4\":0\\}");

        AppClient.Response content = staff.get(base(file, number) + "/" + proof + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).isEqualTo(text);
        assertThat(content.header("Content-Disposition")).startsWith("attachment");

        String found = staff.getJson("/api/v1/search?q=armamento%20armero&kind=proof").body();
        assertThat(found).contains(proof).contains("<mark>");

        assertThat(system(() -> jdbc.sql("select count(*) from audit_event where action = 'PROOF_ADDED' and target_id = ?")
                .param(proof).query(Long.class).single())).isEqualTo(1);
        assertThat(staff.get("/accreditation-files/" + file + "/standards/" + number + "/proofs").body())
                .contains("bitacora-armero.txt").contains("Año 1").contains("data-proof-upload");
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndNothingIsStored() {
        String file = policeFile();
        String number = standard(file, null);
        AppClient staff = in("es-MX", "personal.policia");
        long proofs = count("proof");
        long stored = count("stored_file");
        byte[] text = "Oficio de asignación".getBytes(StandardCharsets.UTF_8);

        AppClient.Response noDate = staff.upload(base(file, number), "oficio.txt", text, false, fields(null, "1"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("Indique la fecha del documento.");
        AppClient.Response future = staff.upload(base(file, number), "oficio.txt", text, false,
                fields(LocalDate.now().plusDays(3).toString(), "1"));
        assertThat(future.body()).contains("no puede ser posterior a hoy");
        AppClient.Response year = staff.upload(base(file, number), "oficio.txt", text, false, fields(today(), "5"));
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body()).contains("1 a 4");
        AppClient.Response html = staff.upload(base(file, number), "oficio.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), false, fields(today(), "1"));
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("text/html");
        AppClient.Response link = staff.sendJson("POST", base(file, number), "{\"kind\":\"LINK\",\"title\":\"Registro\","
                + "\"url\":\"javascript:alert(1)\",\"documentDate\":\"" + today() + "\",\"cycleYear\":1}", true);
        assertThat(link.status()).isEqualTo(400);

        AppClient english = in("en", "personal.policia");
        assertThat(english.upload(base(file, number), "oficio.txt", text, false, fields(null, "1")).body())
                .contains("Give the document date.");
        assertThat(count("proof")).isEqualTo(proofs);
        assertThat(count("stored_file")).isEqualTo(stored);
    }

    /**
     * The police's proof cycle starts at its award (the demo's Commission granted it today), so the clock is moved
     * eight months on for its first periods to have ended without proofs.
     */
    @Test
    void timeSensitiveStandardsShowTheirSlotsAndALateProofCarriesItsExplanation() {
        inEightMonths(this::timeSensitiveSlotsAndALateProof);
    }

    private void inEightMonths(Runnable test) {
        try {
            clock.moveTo(java.time.Instant.now().plus(java.time.Duration.ofDays(240)));
            test.run();
        } finally {
            clock.reset();
        }
    }

    private void timeSensitiveSlotsAndALateProof() {
        String file = policeFile();
        String number = standard(file, "QUARTERLY");
        AppClient staff = in("es-MX", "personal.policia");
        String listed = staff.getJson(base(file, number)).body();
        assertThat(listed).contains("\"frequency\":\"QUARTERLY\"");
        LocalDate start = LocalDate.parse(listed.replaceAll(".*\"cycleStart\":\"([0-9-]+)\".*", "$1"));
        assertThat(start).isBefore(LocalDate.now(clock).minusMonths(4));
        assertThat(listed).contains("\"state\":\"MISSING\"");
        assertThat(staff.getJson("/api/v1/accreditation-files/" + file + "/readiness").body())
                .contains("\"kind\":\"MISSING_PROOF\",\"number\":\"" + number + "\"").contains("\"wouldPass\":false")
                .containsPattern("\"missingByYear\":\\{\"1\":[0-9]+");
        assertThat(staff.get("/accreditation-files/" + file + "/readiness").body())
                .contains("data-testid=\"missing-proofs\"").contains("data-testid=\"missing-year-1\"");

        // A note for the first quarter, written after the quarter ended: late, and it may say why.
        String late = start.plusMonths(4).toString();
        AppClient.Response note = staff.sendJson("POST", base(file, number), "{\"kind\":\"NOTE\",\"title\":\"Informe "
                + "trimestral de supervisión\",\"note\":\"Revisión de la bitácora del primer trimestre.\","
                + "\"documentDate\":\"" + late + "\",\"cycleYear\":1,\"period\":1}", true);
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.body()).contains("\"late\":true").contains("\"period\":1");
        String proof = idOf(note.body());
        AppClient.Response explained = staff.sendJson("PUT", base(file, number) + "/" + proof + "/late-explanation",
                "{\"lateExplanation\":\"El supervisor estuvo de incapacidad.\"}", true);
        assertThat(explained.body()).contains("incapacidad");
        String after = staff.getJson(base(file, number)).body();
        assertThat(after).containsPattern("\"year\":1,\"period\":1,\"lastYear\":1,\"from\":\"[0-9-]+\",\"to\":\"[0-9-]+\","
                + "\"state\":\"LATE\"");
        // Without a period, the document date picks it; a date outside the year needs one.
        AppClient.Response auto = staff.sendJson("POST", base(file, number), "{\"kind\":\"NOTE\",\"title\":\"Informe\","
                + "\"note\":\"Segundo trimestre.\",\"documentDate\":\"" + start.plusMonths(4) + "\",\"cycleYear\":1}", true);
        assertThat(auto.body()).contains("\"period\":2").contains("\"late\":false");
        AppClient.Response outside = staff.sendJson("POST", base(file, number), "{\"kind\":\"NOTE\",\"title\":\"Informe\","
                + "\"note\":\"Fuera del año.\",\"documentDate\":\"" + start.plusMonths(4) + "\",\"cycleYear\":2}", true);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("Indique el periodo");
        assertThat(staff.get("/accreditation-files/" + file + "/standards/" + number + "/proofs").body())
                .contains("data-testid=\"slot-LATE\"").contains("data-testid=\"time-sensitive\"")
                .contains("incapacidad");
    }

    @Test
    void aPdfProofHasItsTextSearchedAndAFirstPagePreview() throws IOException {
        String file = policeFile();
        String number = standard(file, null);
        AppClient staff = in("es-MX", "personal.policia");
        AppClient.Response created = staff.upload(base(file, number), "orden-general.pdf",
                pdf("Orden general de custodia de evidencias"), false, fields(today(), "1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String proof = idOf(created.body());
        String page = "/accreditation-files/" + file + "/standards/" + number + "/proofs/" + proof;
        AppClient.Response preview = staff.get(page + "/pages/1", "image/png");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(new String(preview.bytes(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(staff.get(page + "/pages/2", "image/png").status()).isEqualTo(404);
        assertThat(staff.get(page + "/content?inline=true").header("Content-Disposition")).startsWith("inline");
        assertThat(staff.getJson("/api/v1/search?q=custodia%20evidencias&kind=proof").body()).contains(proof);

        // A page that claims to be four metres wide is still previewed at a bounded size.
        String huge = idOf(staff.upload(base(file, number), "plano.pdf", pdf("Plano general", 14400), false,
                fields(today(), "1")).body());
        AppClient.Response bounded = staff.get("/accreditation-files/" + file + "/standards/" + number + "/proofs/"
                + huge + "/pages/1", "image/png");
        assertThat(bounded.status()).isEqualTo(200);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bounded.bytes());
        assertThat(header.getInt(16)).isBetween(1, 1600);
        assertThat(header.getInt(20)).isBetween(1, 1600);
        assertThat(staff.get("/accreditation-files/" + file + "/standards/" + number + "/proofs").body())
                .contains(page + "/pages/1");
    }

    @Test
    void onlyTheAuthorOrTheManagerRemovesAProofAndNotWhileTheStandardIsUnderReview() {
        String file = policeFile();
        String number = standard(file, null);
        AppClient staff = in("es-MX", "personal.policia");
        String first = idOf(staff.sendJson("POST", base(file, number), "{\"kind\":\"LINK\",\"title\":\"Expediente "
                + "digital\",\"url\":\"https://intranet.example.mx/expedientes/17\",\"documentDate\":\"" + today()
                + "\",\"cycleYear\":1}", true).body());
        String second = idOf(staff.sendJson("POST", base(file, number), "{\"kind\":\"NOTE\",\"title\":\"Acta\","
                + "\"note\":\"Acta de entrega.\",\"documentDate\":\"" + today() + "\",\"cycleYear\":1}", true).body());
        assertThat(client("asesor").sendJson("DELETE", base(file, number) + "/" + first, "", true).status())
                .isEqualTo(403);
        assertThat(staff.sendJson("DELETE", base(file, number) + "/" + first, "", true).status()).isEqualTo(204);
        assertThat(staff.getJson(base(file, number)).body()).doesNotContain(first);

        AppClient manager = in("es-MX", "gerente.policia");
        manager.sendJson("POST", "/api/v1/accreditation-files/" + file + "/standards/" + number + "/status",
                "{\"action\":\"START\"}", true);
        assertThat(manager.sendJson("POST", "/api/v1/accreditation-files/" + file + "/standards/" + number + "/status",
                "{\"action\":\"SUBMIT\"}", true).status()).isEqualTo(200);
        AppClient.Response frozen = manager.sendJson("DELETE", base(file, number) + "/" + second, "", true);
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(frozen.body()).contains("se conservan como se revisaron");
        assertThat(staff.sendJson("PUT", base(file, number) + "/" + second + "/late-explanation",
                "{\"lateExplanation\":\"Cambio posterior\"}", true).status()).isEqualTo(400);
    }

    @Test
    void anotherAgencyFindsNothingAndReadersWhoDoNotWorkOnTheFileCannotAddProofs() {
        String file = policeFile();
        String number = standard(file, null);
        AppClient staff = in("es-MX", "personal.policia");
        String proof = idOf(staff.upload(base(file, number), "acta-comite-disciplina.txt",
                "Acta del comité de disciplina con la palabra zarzamora".getBytes(StandardCharsets.UTF_8), false,
                fields(today(), "2")).body());

        AppClient other = client("gerente.c5");
        assertThat(other.getJson(base(file, number)).status()).isEqualTo(404);
        assertThat(other.get(base(file, number) + "/" + proof + "/content").status()).isEqualTo(404);
        assertThat(other.get("/accreditation-files/" + file + "/standards/" + number + "/proofs/" + proof
                + "/content").status()).isEqualTo(404);
        assertThat(other.get("/accreditation-files/" + file + "/standards/" + number + "/proofs").status())
                .isEqualTo(404);
        assertThat(other.upload(base(file, number), "x.txt", "x".getBytes(StandardCharsets.UTF_8), false,
                fields(today(), "1")).status()).isEqualTo(404);
        assertThat(other.sendJson("DELETE", base(file, number) + "/" + proof, "", true).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/search?q=zarzamora").body()).doesNotContain(proof)
                .contains("\"hits\":[]");

        AppClient advisor = client("asesor");
        assertThat(advisor.getJson(base(file, number)).body()).contains(proof);
        assertThat(advisor.getJson("/api/v1/search?q=zarzamora").body()).contains(proof);
        assertThat(advisor.upload(base(file, number), "y.txt", "y".getBytes(StandardCharsets.UTF_8), false,
                fields(today(), "1")).status()).isEqualTo(403);
        assertThat(client("financiador").upload(base(file, number), "y.txt", "y".getBytes(StandardCharsets.UTF_8),
                false, fields(today(), "1")).status()).isIn(403, 404);
    }

    @Test
    void aPeriodEndingWithoutItsProofRemindsTheAgencyBeforeAndAfterOnce() {
        inEightMonths(this::aMissingPeriodIsRemindedOnce);
    }

    private void aMissingPeriodIsRemindedOnce() {
        String file = policeFile();
        String number = system(() -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and s.frequency in ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL')
                  and fs.status not in ('NOT_APPLICABLE', 'WAIVED')
                order by fs.sort_key limit 1""").param(file).query(String.class).single());
        String listed = in("es-MX", "gerente.policia").getJson(base(file, number)).body();
        java.util.regex.Matcher slot = java.util.regex.Pattern.compile("\"year\":(\\d+),\"period\":(\\d+),"
                + "\"lastYear\":\\d+,\"from\":\"[0-9-]+\",\"to\":\"([0-9-]+)\",\"state\":\"MISSING\"").matcher(listed);
        assertThat(slot.find()).as(listed).isTrue();
        LocalDate end = LocalDate.parse(slot.group(3));
        String key = file + "/" + number + "/" + slot.group(1) + "/" + slot.group(2) + ":" + end;

        sweep.run(end.minusDays(5));
        sweep.run(end.plusDays(1));
        sweep.run(end.plusDays(2));
        for (String kind : new String[] {"PROOF_DUE", "PROOF_MISSING"}) {
            assertThat(system(() -> jdbc.sql("""
                    select count(*) from notification n join app_user u on u.id = n.recipient_id
                    where u.username = 'gerente.policia' and n.kind = ? and n.dedup_key = ?""")
                    .params(kind, kind + ":" + key).query(Long.class).single())).as(kind).isEqualTo(1);
        }
        assertThat(system(() -> jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'gerente.c5' and n.dedup_key like 'PROOF_%' || ? || '%'""").param(file)
                .query(Long.class).single())).isZero();
    }

    private static byte[] pdf(String words) throws IOException {
        return pdf(words, 612);
    }

    private static byte[] pdf(String words, float side) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(side, side * 792 / 612));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                stream.newLineAtOffset(72, 700);
                stream.showText(words);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
