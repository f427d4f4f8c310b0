package org.acredita.commission.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.acredita.commission.Certificate;
import org.acredita.printing.PdfPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An award's certificate as a one-page PDF in the language asked for, with its verification link spelled out. */
@Component
public class CertificateRendering {

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String style;

    CertificateRendering(TemplateEngine templates, PdfPrinter printer, MessageSource messages) {
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

    /**
     * @param ui the reader's page context, given by the web layer
     * @param origin scheme, host and port the verification link starts with
     */
    public byte[] pdf(Object ui, Certificate certificate, Locale locale, String origin) {
        StringOutput html = new StringOutput();
        templates.render("commission/certificate.jte", Map.of("reader", ui, "certificate", certificate,
                "language", locale.toLanguageTag(), "link", origin + certificate.verificationPath(), "style", style), html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html.toString(), messages.getMessage("commission.certificate.title", null, locale) + " · "
                + certificate.number(), out);
        return out.toByteArray();
    }
}
