package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.acredita.notifications.internal.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification in a language from its kind and parameters, so the text follows the reader's
 * language when shown, not the language of the day it was created.
 */
@Component
public class NotificationText {

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    public String message(NotificationKind kind, Map<String, String> parameters, Locale locale) {
        return messages.getMessage("notifications.message." + kind, arguments(parameters, locale), locale);
    }

    /** A short heading: the e-mail subject, and the label of the notification's kind. */
    public String title(NotificationKind kind, Map<String, String> parameters, Locale locale) {
        return messages.getMessage("notifications.title." + kind, arguments(parameters, locale), locale);
    }

    public String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * {0} agency, {1} programme, {2} due date, {3} days before, {4} item title, {5} standard number, {6} author
     * of a comment, {7} excerpt of a comment, {8} standard number and title in this language.
     */
    private Object[] arguments(Map<String, String> parameters, Locale locale) {
        String programme = parameters.get("programme");
        String number = parameters.getOrDefault("number", "");
        String title = "en".equals(locale.getLanguage())
                ? parameters.getOrDefault("standard_en", parameters.get("standard_es"))
                : parameters.getOrDefault("standard_es", parameters.get("standard_en"));
        return new Object[] {parameters.getOrDefault("agency", ""),
            programme == null ? "" : messages.getMessage("agencies.programme." + programme, null, programme, locale),
            date(parameters.get("due"), locale), parameters.getOrDefault("days", ""),
            parameters.getOrDefault("title", ""), number, parameters.getOrDefault("author", ""),
            parameters.getOrDefault("excerpt", ""), title == null || title.isBlank() ? number : number + " " + title};
    }

    private static String date(String iso, Locale locale) {
        if (iso == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
