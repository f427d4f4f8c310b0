package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.PrintedQrCodes;
import org.acredita.support.SiteBasedAssessments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The certificate's QR code, read from the printed page as a phone would, is the absolute verification link printed
 * beside it (on the application's configured address for links sent out), and opening it without signing in shows
 * the certificate valid; the same link with another hash verifies nothing.
 */
@AcreditaIntegrationTest
class CertificateQrCodeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Value("${acredita.base-url:http://localhost:${server.port:8080}}")
    String baseUrl;

    @Test
    void theQrCodeOnEachLanguagesCertificateIsTheVerificationLinkAndItVerifies() throws IOException {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport("Policía de Arandas — QR");
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        HeardToday heard = HeardToday.docketed(pm, agency, SiteBasedAssessments.userId(jdbc, "comisionado"));
        heard.move(pm, "HELD");
        assertThat(pm.sendJson("POST", heard.api() + "/decision", "{\"outcome\":\"ACCREDITED\",\"votes\":[{"
                + "\"commissionerId\":\"" + SiteBasedAssessments.userId(jdbc, "comisionado") + "\",\"vote\":\"FOR\"}]}",
                true).status()).isEqualTo(201);
        String awards = pm.getJson("/api/v1/agencies/" + agency + "/awards").body();
        String award = SiteBasedAssessments.id(awards);
        String number = awards.replaceFirst("(?s).*\"certificateNumber\":\"([^\"]+)\".*", "$1");

        for (String lang : new String[] {"es", "en"}) {
            AppClient.Response pdf = pm.get("/api/v1/awards/" + award + "/certificate?lang=" + lang);
            assertThat(pdf.status()).isEqualTo(200);

            String link = PrintedQrCodes.onFirstPage(pdf.bytes());

            assertThat(link).as(lang).matches(java.util.regex.Pattern.quote(baseUrl) + "/public/certificates/"
                    + number + "\\?h=[0-9a-f]{16}");
            try (var document = Loader.loadPDF(pdf.bytes())) {
                assertThat(document.getNumberOfPages()).as("one page with the QR code").isEqualTo(1);
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s*\\n\\s*", ""))
                        .as("the QR code is the link printed beside it").contains(link);
            }
            URI uri = URI.create(link);
            AppClient visitor = new AppClient(port);
            AppClient.Response page = visitor.get(uri.getRawPath() + "?" + uri.getRawQuery() + "&lang=" + lang);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(lang.equals("en") ? "Valid certificate" : "Certificado vigente",
                    "Policía de Arandas");
            assertThat(visitor.getJson("/api/v1" + uri.getRawPath() + "?" + uri.getRawQuery()).body())
                    .contains("\"status\":\"VALID\"");
            String hash = uri.getRawQuery().substring(2);
            String wrong = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
            assertThat(visitor.get(uri.getRawPath() + "?h=" + wrong).status()).isEqualTo(404);
        }
    }
}
