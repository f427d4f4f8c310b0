package org.acredita.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * An event's summary in the reader's words, as the log page shows it: each capitalised code the system wrote
 * into it ({@code READY_FOR_REVIEW}, {@code FILE}) that is a message under one of {@link #PREFIXES} becomes that
 * message, and ISO dates are written as the reader writes dates. The page does the same through the web shell's
 * {@code Ui.wordsIn} with these prefixes; exports are written without a page, so they use this.
 */
public final class SummaryWords {

    /** The message prefixes of the codes summaries carry, for the page and the exports. */
    public static final String[] PREFIXES = {"selfassessment.status.", "proofs.kind.", "agencies.phase.",
        "assessments.status.", "assessments.kind.", "assessments.scope.", "role.", "agencies.programme.",
        "standards.tier.", "findings.state.", "findings.severity.", "visits.kind.", "comments.channel.",
        "comments.state.", "organisation.kind.", "agencies.level.", "commission.meeting.status.",
        "commission.docket.reason.", "commission.conflict.kind.", "commission.outcome.", "commission.vote."};

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    private final MessageSource messages;
    private final Locale locale;

    public SummaryWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String of(String summary) {
        if (summary == null) {
            return "";
        }
        String dated = ISO_DATE.matcher(summary).replaceAll(match -> {
            try {
                return Matcher.quoteReplacement(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale).format(LocalDate.parse(match.group())));
            } catch (DateTimeParseException e) {
                return Matcher.quoteReplacement(match.group());
            }
        });
        return CODE.matcher(dated).replaceAll(match -> {
            for (String prefix : PREFIXES) {
                String word = messages.getMessage(prefix + match.group(), null, null, locale);
                if (word != null) {
                    return Matcher.quoteReplacement(word);
                }
            }
            return Matcher.quoteReplacement(match.group());
        });
    }
}
