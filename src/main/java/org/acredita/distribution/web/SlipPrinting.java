package org.acredita.distribution.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acredita.distribution.internal.IssuedLink;
import org.acredita.distribution.internal.Progress;
import org.acredita.printing.PdfPrinter;
import org.acredita.printing.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printed slips of a distribution: one per pending person, with their name, what to read, the due date, the
 * personal link and its QR code, several to a page to be cut apart and handed out at the station.
 */
@Component
class SlipPrinting {

    private static final int QR_PIXELS = 4;

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String baseUrl;
    private final String style;

    SlipPrinting(TemplateEngine templates, PdfPrinter printer, MessageSource messages,
            @Value("${acredita.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.templates = templates;
        this.printer = printer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.style = printStyle();
    }

    /** The slips' style sheet, shipped beside the classes and read once. */
    private static String printStyle() {
        try (var in = SlipPrinting.class.getResourceAsStream("/distribution/slips-print.css")) {
            if (in == null) {
                throw new IllegalStateException("distribution/slips-print.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The link a slip prints (and its QR code holds). */
    String link(String token) {
        return baseUrl + "/acknowledgements/" + token;
    }

    byte[] pdf(Object ui, Progress progress, List<IssuedLink> links, Locale locale) {
        List<Slip> slips = links.stream().map(l -> new Slip(l.recipient().name(), l.recipient().employeeNumber(),
                l.recipient().unit(), link(l.token()), QrCode.of(link(l.token())).pngDataUri(QR_PIXELS))).toList();
        StringOutput html = new StringOutput();
        templates.render("distribution/slips.jte", Map.of("reader", ui, "progress", progress, "slips", slips,
                "language", locale.toLanguageTag(), "style", style), html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html.toString(), messages.getMessage("distribution.slips.title", null, locale) + " · "
                + progress.distribution().title(), out);
        return out.toByteArray();
    }
}
