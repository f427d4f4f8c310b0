package org.acredita.audit.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The audit log as a spreadsheet, for whoever may read the log page (the same rules, through {@link AuditLog}):
 * first the verification of the stretch of the chain the exported events span, then one line per event, oldest
 * first, in the reader's words (people's names, actions and objects as the page labels them). The events are read
 * a batch at a time, each batch in a short read of its own, and written as they come.
 */
@Service
public class AuditExports {

    static final int BATCH = 500;

    private final AuditLog log;
    private final AuditVerification verification;
    private final AuditNames names;
    private final MessageSource messages;

    AuditExports(AuditLog log, AuditVerification verification, AuditNames names, MessageSource messages) {
        this.log = log;
        this.verification = verification;
        this.names = names;
        this.messages = messages;
    }

    /** What an export will hold, checked and verified while the request is still open. */
    public record Prepared(AuditQuery filters, AuditSpan span, ChainReport chain) {
    }

    /** Checks the reader and the filters, finds the events' stretch of the chain and verifies it. */
    public Prepared prepare(AuditQuery filters) {
        AuditSpan span = log.span(filters);
        ChainReport chain = span.first() == null ? null : verification.verifyRange(span.first(), span.last());
        return new Prepared(filters, span, chain);
    }

    /** Writes the verification line, the headings and every event, in this language and time zone. */
    public void write(Prepared export, AuditSheet sheet, Locale locale, ZoneId zone) throws IOException {
        SummaryWords summaries = new SummaryWords(messages, locale);
        sheet.title(verdict(export, locale));
        sheet.headings(t("audit.column.entry", locale), messages.getMessage("audit.export.occurredAt",
                new Object[] {zone.getId()}, locale), t("audit.column.actor", locale), t("audit.column.action", locale),
                t("audit.column.target", locale), t("audit.column.summary", locale));
        if (export.span().first() != null) {
            long after = export.span().first() - 1;
            List<AuditEntry> batch;
            do {
                batch = log.batchAfter(export.filters(), after, export.span().last(), BATCH);
                AuditNames.Named named = names.of(batch);
                Map<Long, String> actors = named.actors();
                Map<Long, String> people = named.people();
                for (AuditEntry entry : batch) {
                    sheet.row(entry.id(), LocalDateTime.ofInstant(entry.occurredAt(), zone),
                            actor(entry, actors, locale), label("audit.action.", entry.action(), locale),
                            entry.targetType() == null ? "" : label("audit.target.", entry.targetType(), locale),
                            people.containsKey(entry.id()) ? people.get(entry.id()) : summaries.of(entry.summary()));
                }
                if (!batch.isEmpty()) {
                    after = batch.get(batch.size() - 1).id();
                }
            } while (batch.size() == BATCH);
        }
        sheet.close();
    }

    /** "Chain verified from entry N to M: intact", or where it breaks and why. */
    private String verdict(Prepared export, Locale locale) {
        if (export.chain() == null) {
            return t("audit.export.nothing", locale);
        }
        Object[] range = {export.span().first(), export.span().last()};
        if (export.chain().valid()) {
            return messages.getMessage("audit.export.intact", range, locale);
        }
        ChainReport.BrokenLink broken = export.chain().firstBrokenEvent();
        return messages.getMessage("audit.export.broken", new Object[] {range[0], range[1], broken.eventId(),
            t("audit.verification.reason." + broken.reason(), locale)}, locale);
    }

    private String actor(AuditEntry entry, Map<Long, String> actors, Locale locale) {
        if (actors.containsKey(entry.id())) {
            return actors.get(entry.id());
        }
        if ("system".equals(entry.actorName())) {
            return t("audit.actor.system", locale);
        }
        return "anonymous".equals(entry.actorName()) ? t("audit.actor.anonymous", locale) : entry.actorName();
    }

    /** The page's label for a code; a code without one (an action recorded by a later version) stays as it is. */
    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
