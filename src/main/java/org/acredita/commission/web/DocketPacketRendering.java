package org.acredita.commission.web;

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
import org.acredita.commission.DocketPacket;
import org.acredita.printing.PdfPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A docket packet as one PDF in Spanish or English. Its last part is the released report as the assessments module
 * prints it, so the packet takes the report's print style and adds its own few rules after it.
 */
@Component
public class DocketPacketRendering {

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String style;

    DocketPacketRendering(TemplateEngine templates, PdfPrinter printer, MessageSource messages) {
        this.templates = templates;
        this.printer = printer;
        this.messages = messages;
        this.style = shipped("/assessments/report-print.css") + "\n" + shipped("/commission/packet-print.css");
    }

    /** The language asked for: {@code es} or {@code en}, else a 400 naming the parameter. */
    public static Locale language(String lang) {
        if (!"es".equals(lang) && !"en".equals(lang)) {
            throw RuleViolation.onField("lang", "report.lang.unknown");
        }
        return Locale.forLanguageTag(lang.equals("en") ? "en" : "es-MX");
    }

    /** The PDF as a download named for the agency's packet in its language. */
    public ResponseEntity<byte[]> download(Object ui, DocketPacket packet, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((english ? "docket-packet-" : "expediente-panel-") + packet.meeting().meetsOn() + "-"
                                + packet.item().id().toString().substring(0, 8) + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf(ui, packet, locale));
    }

    /** @param ui the reader's page context, given by the web layer */
    public byte[] pdf(Object ui, DocketPacket packet, Locale locale) {
        StringOutput html = new StringOutput();
        templates.render("commission/packet.jte", Map.of("reader", ui, "packet", packet,
                "language", locale.toLanguageTag(), "style", style), html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html.toString(), messages.getMessage("commission.packet.title", null, locale) + " · "
                + packet.item().agencyName(), out);
        return out.toByteArray();
    }

    private static String shipped(String path) {
        try (InputStream in = DocketPacketRendering.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
