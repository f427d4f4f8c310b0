package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.LargeFiles;
import org.acredita.support.Latency;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11 §9, part: the docket packet PDF of an agency with 460 standards and 50 findings under 5 s with a flat heap,
 * and the public certificate verification page p95 under 30 ms. Run on demand:
 * <pre>./mvnw -B -Pbenchmark verify -Dspring-boot.repackage.skip=true -Dtest=DocketPacketBenchmark</pre>
 * In the commission's test package (not {@code bench/}) to reuse its agencies and meetings helpers. The large
 * agency is {@link LargeFiles}' (as the assessments benchmark's): a remote file review of all 460 standards, 50 not
 * in compliance, report released, on a meeting's docket with a commissioner on its panel.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
class DocketPacketBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([0-9.]+)\"");
    private static final int FINDINGS = 50;
    private static final int PDF_RUNS = 12;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void docketPacketOf460StandardsAnd50FindingsAndThePublicVerification() {
        LargeFiles large = LargeFiles.withFourYearsOfProofs(port, jdbc, "PKT");
        String agency = large.agency();
        AppClient admin = SiteBasedAssessments.signed(port, "admin");
        for (String phase : new String[] {"MOCK_ASSESSMENT", "READY_FOR_REVIEW"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\"}", true).status()).as(phase).isEqualTo(200);
        }
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        AppClient reviewer = SiteBasedAssessments.signed(port, "evaluador");
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"REMOTE_FILE_REVIEW\",\"window\":{\"start\":\"" + today + "\",\"end\":\"" + today.plusDays(60)
                        + "\"},\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\""
                        + SiteBasedAssessments.userId(jdbc, "evaluador") + "\",\"role\":\"ASSESSOR\"}]}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String review = SiteBasedAssessments.id(planned.body());
        assertThat(pm.sendJson("POST", "/api/v1/assessments/" + review + "/status", "{\"status\":\"IN_PROGRESS\"}",
                true).status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        Matcher found = NUMBER.matcher(reviewer.getJson("/api/v1/assessments/" + review + "/standards").body());
        while (found.find()) {
            if (!numbers.contains(found.group(1))) {
                numbers.add(found.group(1));
            }
        }
        assertThat(numbers).hasSize(LargeFiles.STANDARDS);
        int every = LargeFiles.STANDARDS / FINDINGS;
        for (int i = 0; i < numbers.size(); i++) {
            boolean finding = i % every == 0 && i / every < FINDINGS;
            assertThat(reviewer.sendJson("PUT", "/api/v1/assessments/" + review + "/standards/" + numbers.get(i)
                    + "/verdict", finding ? "{\"verdict\":\"NOT_IN_COMPLIANCE\",\"commentToAgency\":\"Falta la "
                            + "constancia de difusión firmada por el personal.\"}" : "{\"verdict\":\"IN_COMPLIANCE\"}",
                    true).status()).isEqualTo(200);
        }
        for (String status : new String[] {"FINDINGS_TO_AGENCY", "REPORT_DRAFTING"}) {
            assertThat(reviewer.sendJson("POST", "/api/v1/assessments/" + review + "/status", "{\"status\":\""
                    + status + "\"}", true).status()).as(status).isEqualTo(200);
        }
        reviewer.get("/assessments/" + review + "/report");
        reviewer.postForm("/assessments/" + review + "/report/narrative", Map.of("strengthsEs", "Expediente ordenado.",
                "strengthsEn", "A tidy file.", "recommendationsEs", "Fechar las pruebas.", "recommendationsEn",
                "Date the proofs."));
        assertThat(reviewer.postForm("/assessments/" + review + "/report/release", Map.of()).status()).isEqualTo(302);
        String meeting = SiteBasedAssessments.id(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\""
                + today.plusDays(30) + "\",\"place\":\"Sala de la Comisión\"}", true).body());
        AppClient.Response item = pm.sendJson("POST", CommissionMeetingsTest.docket(meeting), "{\"agencyId\":\""
                + agency + "\",\"reason\":\"INITIAL_ACCREDITATION\"}", true);
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = SiteBasedAssessments.id(item.body());
        assertThat(pm.sendJson("POST", CommissionMeetingsTest.panel(meeting, itemId), "{\"commissionerId\":\""
                + SiteBasedAssessments.userId(jdbc, "comisionado") + "\"}", true).status()).isEqualTo(201);

        StringBuilder report = new StringBuilder(String.format("%n==== Docket packet and verification benchmark "
                + "(issue 11 §9) ====%n%d standards, %d findings; heap max %d MB%n", LargeFiles.STANDARDS, FINDINGS,
                Runtime.getRuntime().maxMemory() >> 20));
        AppClient commissioner = SiteBasedAssessments.signed(port, "comisionado");
        String packet = CommissionMeetingsTest.docket(meeting) + "/" + itemId + "/packet?lang=";
        long before = usedAfterGc();
        List<Long> after = new ArrayList<>();
        double[] runs = new double[PDF_RUNS];
        long bytes = 0;
        for (int i = 0; i < PDF_RUNS; i++) {
            long start = System.nanoTime();
            AppClient.Response pdf = commissioner.get(packet + (i % 2 == 0 ? "es" : "en"));
            runs[i] = (System.nanoTime() - start) / 1e6;
            assertThat(pdf.status()).isEqualTo(200);
            bytes = pdf.bytes().length;
            if (i % 4 == 3) {
                after.add(usedAfterGc() >> 20);
            }
        }
        double first = runs[0];
        Arrays.sort(runs);
        report.append(String.format("docket packet PDF (%,d bytes), %d runs es/en by the panel's commissioner: first "
                + "%.0f, min %.0f, median %.0f, max %.0f ms%nheap used after GC: before %d MB, after every 4th PDF %s MB%n",
                bytes, PDF_RUNS, first, runs[0], runs[PDF_RUNS / 2], runs[PDF_RUNS - 1], before >> 20, after));

        String verification = certificateLink(pm);
        report.append(String.format("%-62s %8s %8s %8s%n", "request", "p50 ms", "p95 ms", "max ms"));
        AppClient visitor = new AppClient(port);
        double page = Latency.measure(report, visitor, "verification page GET /public/certificates/{n}?h=",
                List.of(verification), false);
        double api = Latency.measure(report, visitor, "verification API GET /api/v1/public/certificates/{n}?h=",
                List.of("/api/v1" + verification), true);
        System.out.println(report);

        assertThat(runs[PDF_RUNS - 1]).isLessThan(5000);
        assertThat(page).isLessThan(30);
        assertThat(api).isLessThan(30);
    }

    /** A small agency heard today and accredited: its certificate's verification path. */
    private String certificateLink(AppClient pm) {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport("Policía de Atotonilco — banco");
        HeardToday heard = HeardToday.docketed(pm, agency, SiteBasedAssessments.userId(jdbc, "comisionado"));
        heard.move(pm, "HELD");
        assertThat(pm.sendJson("POST", heard.api() + "/decision", "{\"outcome\":\"ACCREDITED\",\"votes\":[{"
                + "\"commissionerId\":\"" + SiteBasedAssessments.userId(jdbc, "comisionado") + "\",\"vote\":\"FOR\"}]}",
                true).status()).isEqualTo(201);
        String award = SiteBasedAssessments.id(pm.getJson("/api/v1/agencies/" + agency + "/awards").body());
        try {
            java.net.URI link = java.net.URI.create(org.acredita.support.PrintedQrCodes.onFirstPage(
                    pm.get("/api/v1/awards/" + award + "/certificate?lang=es").bytes()));
            return link.getRawPath() + "?" + link.getRawQuery();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
