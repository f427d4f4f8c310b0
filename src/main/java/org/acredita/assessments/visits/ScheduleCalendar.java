package org.acredita.assessments.visits;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A visit's schedule as an iCalendar file (RFC 5545): one VEVENT per item with a stable UID, times in the visit's
 * time zone described by a VTIMEZONE built from the JDK's zone rules for the visit's years, text escaped, lines
 * ended by CRLF and folded at 75 octets without splitting a UTF-8 character.
 */
public final class ScheduleCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** What the calendar says besides the items: its name, the words for kinds and the team's names. */
    public record Words(String calendarName, Function<VisitItemKind, String> kind, Function<UUID, String> person,
            String teamLabel, String agencyLabel) {
    }

    private ScheduleCalendar() {
    }

    public static String write(SiteVisit visit, List<VisitItem> items, Words words, Instant stamp, String domain) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Acredita//Site visit schedule//ES");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(words.calendarName()));
        lines.add("X-WR-TIMEZONE:" + visit.zone().getId());
        timeZone(lines, visit);
        for (VisitItem item : items) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + item.id() + "@" + domain);
            lines.add("DTSTAMP:" + UTC.format(stamp));
            lines.add("DTSTART;TZID=" + visit.zone().getId() + ":" + LOCAL.format(local(item.startsAt(), visit)));
            lines.add("DTEND;TZID=" + visit.zone().getId() + ":" + LOCAL.format(local(item.endsAt(), visit)));
            lines.add("SUMMARY:" + text(words.kind().apply(item.kind()) + ": " + item.title()));
            lines.add("LOCATION:" + text(item.place()));
            lines.add("DESCRIPTION:" + text(description(item, words)));
            lines.add("CATEGORIES:" + text(words.kind().apply(item.kind())));
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)));
        return out.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, every line break written as \n. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\r", "\\n").replace("\n", "\\n");
    }

    /** One content line, folded so no physical line exceeds 75 octets, each ended by CRLF. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }

    private static String description(VisitItem item, Words words) {
        List<String> parts = new ArrayList<>();
        if (!item.teamMembers().isEmpty()) {
            parts.add(words.teamLabel() + ": " + String.join(", ", item.teamMembers().stream().map(words.person())
                    .toList()));
        }
        if (item.agencyPeople() != null && !item.agencyPeople().isBlank()) {
            parts.add(words.agencyLabel() + ": " + item.agencyPeople().strip());
        }
        if (item.notes() != null && !item.notes().isBlank()) {
            parts.add(item.notes().strip());
        }
        return String.join("\n", parts);
    }

    private static LocalDateTime local(Instant instant, SiteVisit visit) {
        return LocalDateTime.ofInstant(instant, visit.zone());
    }

    /**
     * The zone as the offset in force at the start of the visit's first year, then every transition up to the
     * end of its last year: exact for those years whatever the zone's daylight-saving history.
     */
    private static void timeZone(List<String> lines, SiteVisit visit) {
        ZoneId zone = visit.zone();
        ZoneRules rules = zone.getRules();
        Instant from = visit.startsOn().withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = visit.endsOn().plusYears(1).withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffset initial = rules.getOffset(from);
        observance(lines, rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD", "19700101T000000", initial,
                initial);
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(until)) {
            observance(lines, rules.isDaylightSavings(next.getInstant()) ? "DAYLIGHT" : "STANDARD",
                    LOCAL.format(next.getDateTimeBefore()), next.getOffsetBefore(), next.getOffsetAfter());
            next = rules.nextTransition(next.getInstant());
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(List<String> lines, String kind, String start, ZoneOffset from, ZoneOffset to) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + start);
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    /** UTC offsets as RFC 5545 writes them: -0600, +0530, seconds only when there are any. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String value = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? value : value + String.format("%02d", abs % 60);
    }
}
