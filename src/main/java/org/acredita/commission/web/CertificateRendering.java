package org.acredita.commission.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.acredita.commission.Certificate;
import org.acredita.printing.PdfPrinter;
import org.acredita.printing.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An award's certificate as a one-page PDF in the language asked for, with its verification link spelled out and
 * as a QR code beside it. The link starts with the address the application is reached at for links sent out
 * ({@code acredita.base-url}, as in e-mails), not the one the request came by, so the printed certificate works
 * for whoever it is handed to.
 */
@Component
public class CertificateRendering {

    /** Pixels per QR module: a link of about 80 characters gives a 45-module code, some 400 dpi at 28 mm. */
    private static final int QR_PIXELS = 10;

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String style;
    private final String baseUrl;

    CertificateRendering(TemplateEngine templates, PdfPrinter printer, MessageSource messages,
            @Value("${acredita.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.templates = templates;
        this.printer = printer;
        this.messages = messages;
        this.style = printStyle();
    }

    /** The certificate's style sheet, shipped beside the classes and read once. */
    private static String printStyle() {
        try (var in = CertificateRendering.class.getResourceAsStream("/commission/certificate-print.css")) {
            if (in == null) {
                throw new IllegalStateException("commission/certificate-print.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The absolute link anyone verifies the certificate at (printed, and in the QR code). */
    public String verificationLink(Certificate certificate) {
        return baseUrl + certificate.verificationPath();
    }

    /** @param ui the reader's page context, given by the web layer */
    public byte[] pdf(Object ui, Certificate certificate, Locale locale) {
        String link = verificationLink(certificate);
        StringOutput html = new StringOutput();
        templates.render("commission/certificate.jte", Map.of("reader", ui, "certificate", certificate,
                "language", locale.toLanguageTag(), "link", link, "qrCode", QrCode.of(link).pngDataUri(QR_PIXELS),
                "style", style), html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html.toString(), messages.getMessage("commission.certificate.title", null, locale) + " · "
                + certificate.number(), out);
        return out.toByteArray();
    }
}
