package org.acredita.distribution.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.acredita.distribution.internal.Distribution;
import org.acredita.distribution.internal.Distributions;
import org.acredita.identity.Organisations;
import org.acredita.spreadsheets.FormulaGuard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The acknowledgement list of a distribution as XLSX, one row per person, with the list's SHA-256 printed below:
 * the hash of the rows as text (the cells of a row joined by tabs, rows ended by a line feed, UTF-8, before any
 * spreadsheet marking), so anyone holding the list can show it was not changed. Texts go through
 * {@link FormulaGuard}; POI's streaming workbook keeps only a window of rows in memory.
 */
@Component
class AcknowledgementSheet {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] COLUMNS = {"number", "name", "rank", "unit", "position", "state", "acknowledgedAt",
        "channel", "secondsSpent", "textSha256"};

    private final Distributions distributions;
    private final MessageSource messages;
    private final Clock clock;
    private final Organisations organisations;

    AcknowledgementSheet(Distributions distributions, MessageSource messages, Clock clock,
            Organisations organisations) {
        this.organisations = organisations;
        this.clock = clock;
        this.distributions = distributions;
        this.messages = messages;
    }

    void write(UUID agencyId, UUID distributionId, Locale locale, OutputStream out) throws IOException {
        Distribution distribution = distributions.progress(agencyId, distributionId).distribution();
        boolean pastDue = LocalDate.now(clock).isAfter(distribution.dueOn());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(t(locale, "distribution.export.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(FormulaGuard.neutralise(distribution.title()));
            sheet.createRow(1).createCell(0).setCellValue(t(locale, "distribution.export.counts",
                    distribution.counts().total(), distribution.counts().acknowledged(),
                    distribution.counts().pending(), distribution.counts().overdue(), distribution.dueOn().toString()));
            Row headings = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                headings.createCell(i).setCellValue(t(locale, "distribution.export.column." + COLUMNS[i]));
            }
            MessageDigest digest = sha256();
            int[] next = {3};
            ZoneId zone = organisations.get(agencyId).timeZone();
            distributions.eachRecipient(agencyId, distributionId, r -> {
                String state = r.acknowledged() ? "ACKNOWLEDGED" : pastDue ? "OVERDUE" : "PENDING";
                String[] cells = {r.employeeNumber(), r.name(), r.rank(), r.unit(), r.position(),
                    t(locale, "distribution.state." + state),
                    r.acknowledgedAt() == null ? "" : MOMENT.format(r.acknowledgedAt().atZone(zone)),
                    r.channel() == null ? "" : t(locale, "distribution.channel." + r.channel()),
                    r.secondsSpent() == null ? "" : r.secondsSpent().toString(),
                    r.textSha256() == null ? "" : r.textSha256()};
                nullsEmpty(cells);
                digest.update((String.join("\t", cells) + "\n").getBytes(StandardCharsets.UTF_8));
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(FormulaGuard.neutralise(cells[i]));
                }
            });
            // After the rows, since the hash covers them all and the streaming sheet writes rows in order.
            sheet.createRow(next[0] + 1).createCell(0).setCellValue(t(locale, "distribution.export.sha256",
                    HexFormat.of().formatHex(digest.digest())));
            book.write(out);
            book.dispose();
        }
    }

    private static void nullsEmpty(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i] == null ? "" : cells[i];
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
