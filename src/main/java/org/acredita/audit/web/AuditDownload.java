package org.acredita.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.audit.internal.AuditExports;
import org.acredita.audit.internal.AuditQuery;
import org.acredita.audit.internal.AuditSheet;
import org.acredita.audit.internal.CsvAuditSheet;
import org.acredita.audit.internal.XlsxAuditSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The filtered audit log as a CSV or XLSX download, for the page and the API alike. */
public final class AuditDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private AuditDownload() {
    }

    /**
     * Checks the reader and the filters, verifies the events' stretch of the chain in the request, then streams the
     * rows (the caller's scope goes with the body to its thread: identity's ScopeCarriedToAsyncWork).
     */
    public static ResponseEntity<StreamingResponseBody> of(AuditExports exports, MessageSource messages,
            String format, String action, String person, UUID agencyId, LocalDate from, LocalDate to, String zoneId) {
        String kind = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw RuleViolation.onField("format", "audit.export.format");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw RuleViolation.onField("to", "audit.filter.periodInvalid");
        }
        ZoneId zone = zone(zoneId);
        Locale locale = LocaleContextHolder.getLocale();
        AuditExports.Prepared export = exports.prepare(new AuditQuery(action, person, agencyId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), 0, AuditQuery.DEFAULT_SIZE));
        StreamingResponseBody body = out -> {
            AuditSheet sheet = kind.equals("csv") ? new CsvAuditSheet(out)
                    : new XlsxAuditSheet(out, messages.getMessage("audit.export.sheet", null, locale));
            exports.write(export, sheet, locale, zone);
        };
        String name = messages.getMessage("audit.export.file", null, locale) + "-" + LocalDate.now(zone) + "." + kind;
        return ResponseEntity.ok().contentType(kind.equals("csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                : XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw RuleViolation.onField("zone", "audit.export.zone");
        }
    }
}
