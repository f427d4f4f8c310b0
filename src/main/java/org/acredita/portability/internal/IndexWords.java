package org.acredita.portability.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.acredita.standards.Text;
import org.springframework.context.MessageSource;

/**
 * The words of one index page, written after the request is over (the archive streams on another thread), so
 * they come from the bundles in the page's own language rather than from the reader's page context.
 */
public record IndexWords(MessageSource messages, Locale locale, ZoneId zone) {

    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
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
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A link a person gave as proof, only when it is a web address (never {@code javascript:} and the like). */
    public String webAddress(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    public String size(long bytes) {
        String[] units = {"B", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return format.format(value) + " " + units[unit];
    }
}
