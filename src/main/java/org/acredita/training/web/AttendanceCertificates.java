package org.acredita.training.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.acredita.access.RuleViolation;
import org.acredita.printing.PdfPrinter;
import org.acredita.training.CertificateOfAttendance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate of attendance as a one-page PDF in Spanish or English: a plain statement with its number and the
 * event's details, nothing to verify online.
 */
@Component
public class AttendanceCertificates {

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String style;

    AttendanceCertificates(TemplateEngine templates, PdfPrinter printer, MessageSource messages) {
        this.templates = templates;
        this.printer = printer;
        this.messages = messages;
        this.style = printStyle();
    }

    private static String printStyle() {
        try (InputStream in = AttendanceCertificates.class.getResourceAsStream("/training/certificate-print.css")) {
            if (in == null) {
                throw new IllegalStateException("training/certificate-print.css is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language asked for: es (the default) or en; anything else is refused on the field. */
    public static Locale language(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("es")) {
            return Locale.forLanguageTag("es-MX");
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw RuleViolation.onField("lang", "training.certificate.langUnknown");
    }

    /** The file name the download is offered under, in the certificate's language. */
    public String fileName(CertificateOfAttendance certificate, Locale locale) {
        return messages.getMessage("training.certificate.file", null, locale) + "-" + certificate.number() + ".pdf";
    }

    /** @param ui the reader's page context, given by the web layer */
    public byte[] pdf(Object ui, CertificateOfAttendance certificate, Locale locale) {
        StringOutput html = new StringOutput();
        templates.render("training/certificate.jte", Map.of("reader", ui, "certificate", certificate,
                "language", locale.toLanguageTag(), "style", style), html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html.toString(), messages.getMessage("training.certificate.title", null, locale) + " · "
                + certificate.number(), out);
        return out.toByteArray();
    }
}
