package org.acredita.web.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acredita.access.RefusalToPage;
import org.acredita.geo.MexicanState;
import org.acredita.identity.SignedInUser;
import org.acredita.identity.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs about the request: translated strings, the signed-in user, the
 * CSRF token, navigation, flash messages, and dates in the user's organisation time zone.
 */
public final class Ui {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    private static final List<ZoneId> MEXICAN_ZONES = java.util.stream.Stream.of("America/Mexico_City",
            "America/Cancun", "America/Merida", "America/Monterrey", "America/Matamoros", "America/Chihuahua",
            "America/Ciudad_Juarez", "America/Ojinaga", "America/Mazatlan", "America/Bahia_Banderas",
            "America/Hermosillo", "America/Tijuana").map(ZoneId::of).toList();

    private final MessageSource messages;
    private final Locale locale;
    private final SignedInUser user;
    private final CsrfToken csrf;
    private final String path;
    private final Map<String, ?> flash;
    private final List<MexicanState> states;
    private final java.util.function.LongSupplier unread;
    private Long unreadCount;

    Ui(MessageSource messages, Locale locale, SignedInUser user, CsrfToken csrf, String path, Map<String, ?> flash,
            List<MexicanState> states, java.util.function.LongSupplier unread) {
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.csrf = csrf;
        this.path = path;
        this.flash = flash == null ? Map.of() : flash;
        this.states = states;
        this.unread = unread;
    }

    /** The signed-in person's unread notifications, for the bell; counted once per page. */
    public long unreadNotifications() {
        if (unreadCount == null) {
            unreadCount = user == null ? 0 : unread.getAsLong();
        }
        return unreadCount;
    }

    /** Mexico's 32 states by INEGI code, for selects. */
    public List<MexicanState> states() {
        return states;
    }

    /** A state's name from its INEGI code; empty for none. */
    public String stateName(String code) {
        return code == null ? "" : states.stream().filter(s -> s.code().equals(code)).map(MexicanState::name)
                .findFirst().orElse(code);
    }

    /** The same request's view in another language, for a document asked for in that language (a report, a PDF). */
    public Ui inLanguage(Locale other) {
        return new Ui(messages, other, user, csrf, path, flash, states, unread);
    }

    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The value of the html lang attribute. */
    public String lang() {
        return "en".equals(locale.getLanguage()) ? SupportedLocales.ENGLISH : SupportedLocales.SPANISH;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public boolean signedIn() {
        return user != null;
    }

    public SignedInUser user() {
        return user;
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String path() {
        return path;
    }

    public List<NavItem> nav() {
        return user == null ? List.of() : Navigation.itemsFor(user, path, this);
    }

    /**
     * A message carried over a redirect: controllers put a message key under "success" or "error"
     * (and optionally its arguments as an Object[] under "successArgs" / "errorArgs").
     */
    public String flash(String kind) {
        Object key = flash.get(kind);
        if (key == null) {
            return null;
        }
        Object arguments = flash.get(kind + "Args");
        return t(key.toString(), arguments instanceof Object[] array ? array : new Object[0]);
    }

    /**
     * The form posted to this path as the page should show it: after a refusal by a rule (carried over the
     * redirect by {@link RefusalToPage}), what the person typed and the error beside its field; otherwise empty,
     * so each field shows its default.
     */
    @SuppressWarnings("unchecked")
    public FormInput form(String action) {
        Object kept = flash.get(RefusalToPage.KEPT_INPUT);
        if (!action.equals(flash.get(RefusalToPage.KEPT_FOR)) || !(kept instanceof Map<?, ?> input)) {
            return FormInput.EMPTY;
        }
        Object field = flash.get(RefusalToPage.ERROR_FIELD);
        return new FormInput((Map<String, String[]>) input, field == null ? null : field.toString(), flash("error"));
    }

    public ZoneId zone() {
        return user == null ? ZoneId.of("America/Mexico_City") : user.organisation().timeZone();
    }

    /** A time zone as people say it ("Centro (Ciudad de México)"), falling back to its IANA id. */
    public String zoneName(ZoneId zone) {
        return zoneName(zone.getId());
    }

    /** The same for a zone id as typed (a refused form's), which may name no zone at all. */
    public String zoneName(String zoneId) {
        return messages.getMessage("timezone." + zoneId, null, zoneId, locale);
    }

    public List<ZoneId> mexicanZones() {
        return MEXICAN_ZONES;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone()).format(instant);
    }

    /** A calendar date (no time of day), as Mexican readers expect it. */
    public String localDate(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A time of day (a meeting's start), as the reader writes it: "9:00" in Spanish, "9:00 AM" in English. */
    public String timeOfDay(java.time.LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** A month written "yyyy-MM" (as totals key it), shown as "nov. 2026" / "Nov 2026". */
    public String month(String yearMonth) {
        try {
            return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(java.time.YearMonth.parse(yearMonth));
        } catch (java.time.format.DateTimeParseException e) {
            return yearMonth;
        }
    }

    /**
     * Recorded text (a history note, a search result's title) with the ISO dates the system wrote into it
     * ("2026-11-28") in the reader's format.
     */
    public String datesIn(String text) {
        if (text == null) {
            return "";
        }
        return ISO_DATE.matcher(text).replaceAll(match -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(localDate(java.time.LocalDate.parse(match.group())));
            } catch (java.time.format.DateTimeParseException e) {
                return java.util.regex.Matcher.quoteReplacement(match.group());
            }
        });
    }

    /**
     * Recorded text with the codes the system wrote into it ({@code FILE}, {@code READY_FOR_REVIEW}) in the reader's
     * words: each capitalised code that is a key under one of these message prefixes is replaced by that message;
     * ISO dates are written as the reader writes dates ({@link #datesIn}).
     */
    public String wordsIn(String text, String... prefixes) {
        String dated = datesIn(text);
        return CODE.matcher(dated).replaceAll(match -> {
            for (String prefix : prefixes) {
                String word = messages.getMessage(prefix + match.group(), null, null, locale);
                if (word != null) {
                    return java.util.regex.Matcher.quoteReplacement(word);
                }
            }
            return java.util.regex.Matcher.quoteReplacement(match.group());
        });
    }

    /** The month a day falls in, with its year: "enero 2026" / "January 2026" (a monthly period's name). */
    public String monthYear(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day);
    }

    /** The month a day falls in: "enero" / "January". */
    public String monthName(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("LLLL", locale).format(day);
    }

    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A file size as people read it: 930 B, 48 KB, 1.2 MB, 1 GB (binary units, one decimal at most). */
    public String fileSize(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
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

    /** An amount of money with its ISO currency code after it, grouped as the reader expects. */
    public String money(java.math.BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "$" + format.format(amount) + " " + currency;
    }

    public String roleName(Enum<?> role) {
        return t("role." + role.name());
    }

    public String kindName(Enum<?> kind) {
        return t("organisation.kind." + kind.name());
    }
}
