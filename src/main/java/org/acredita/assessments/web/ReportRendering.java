package org.acredita.assessments.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.acredita.assessments.ReportVersion;
import org.acredita.identity.SupportedLocales;
import org.acredita.printing.PdfPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report version as a standalone HTML document and as its PDF, in the language asked for. The reader's page
 * context ({@code ui}, given by the web layer to every request) is passed through to the template untouched.
 */
@Component
public class ReportRendering {

    private final TemplateEngine templates;
    private final PdfPrinter printer;
    private final MessageSource messages;
    private final String style;

    ReportRendering(TemplateEngine templates, PdfPrinter printer, MessageSource messages) {
        this.templates = templates;
        this.printer = printer;
        this.messages = messages;
        this.style = printStyle();
    }

    /** The printed report's style sheet, shipped beside the classes and read once. */
    private static String printStyle() {
        try (var in = ReportRendering.class.getResourceAsStream("/assessments/report-print.css")) {
            if (in == null) {
                throw new IllegalStateException("assessments/report-print.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String html(Object ui, ReportVersion version, Locale locale) {
        StringOutput out = new StringOutput();
        templates.render("assessments/report/document.jte",
                Map.of("reader", ui, "version", version, "language", locale.toLanguageTag(), "style", style), out);
        return out.toString();
    }

    public byte[] pdf(Object ui, ReportVersion version, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String kind = messages.getMessage("assessments.kind." + version.content().method().kind(), null, locale);
        printer.print(html(ui, version, locale), messages.getMessage("report.title", new Object[] {kind}, locale)
                + " · " + version.content().agency().name(), out);
        return out.toByteArray();
    }

    /** The language asked for ("es" or "en"); anything else, or nothing, gives the reader's own. */
    public static Locale locale(String requested, Locale fallback) {
        return SupportedLocales.match(requested).map(Locale::forLanguageTag).orElse(fallback);
    }

    public static String fileName(ReportVersion version, Locale locale, String extension) {
        boolean english = "en".equals(locale.getLanguage());
        return (english ? "assessment-report" : "informe-de-evaluacion") + "-v" + version.version() + "-"
                + (english ? "en" : "es") + "." + extension;
    }
}
