package org.acredita.portability.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.acredita.standards.Text;
import org.springframework.context.MessageSource;

/**
 * The words of one index page, written after the request is over (the archive streams on another thread), so
 * they come from the bundles in the page's own language rather than from the reader's page context.
 *
 * <p>A page repeats the same few words for thousands of proofs (a cycle year, a level, a status), so each word and
 * each date is looked up once per page and remembered; one instance serves one page on one thread.
 */
public final class IndexWords {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    private static final String[] UNITS = {"B", "KB", "MB", "GB"};

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private final Map<List<Object>, String> words = new HashMap<>();
    private final Map<LocalDate, String> days = new HashMap<>();

    public IndexWords(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.whole = NumberFormat.getNumberInstance(locale);
        whole.setMaximumFractionDigits(0);
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMaximumFractionDigits(1);
    }

    public String t(String key, Object... arguments) {
        List<Object> word = new ArrayList<>(arguments.length + 1);
        word.add(key);
        word.addAll(Arrays.asList(arguments));
        return words.computeIfAbsent(word, ignored -> messages.getMessage(key, arguments, locale));
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.toLanguageTag();
    }

    /** A manual's text in this page's language, else in the other one. */
    public String text(Text text) {
        if (text == null) {
            return "";
        }
        String wanted = "en".equals(locale.getLanguage()) ? text.en() : text.es();
        return wanted != null ? wanted : text.es() != null ? text.es() : text.en();
    }

    public String date(LocalDate day) {
        return day == null ? "" : days.computeIfAbsent(day, dates::format);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimes.format(instant);
    }

    /** A link a person gave as proof, only when it is a web address (never {@code javascript:} and the like). */
    public String webAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url).matches() ? url : null;
    }

    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = unit == 0 || value >= 100 ? whole : oneDecimal;
        return format.format(value) + " " + UNITS[unit];
    }
}
