package org.acredita.assessments.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calendar file read back structurally: lines, folding, escaping, zone and events as RFC 5545 has them. */
class ScheduleCalendarTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final UUID PERSON = UUID.randomUUID();

    @Test
    void everyLineEndsWithCrlfAndNoneIsLongerThan75OctetsEvenWithAccents() {
        String ics = write(MEXICO_CITY, "ñ".repeat(100) + " — revisión, ¿sí?; listo");
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Entrevista: " + "ñ".repeat(100) + " — revisión\\, ¿sí?\\; listo");
    }

    @Test
    void textIsEscapedAndLineBreaksBecomeBackslashN() {
        assertThat(ScheduleCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void eventsCarryStableUidsLocalTimesInTheZoneAndBalancedComponents() {
        String unfolded = write(MEXICO_CITY, "Entrevista con el titular").replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "TZID:America/Mexico_City", "TZOFFSETTO:-0600",
                "DTSTART;TZID=America/Mexico_City:20260310T090000", "DTEND;TZID=America/Mexico_City:20260310T103000",
                "LOCATION:Comandancia Centro\\, Querétaro", "DTSTAMP:20260101T120000Z");
        assertThat(lines.stream().filter(l -> l.startsWith("UID:")).distinct().count()).isEqualTo(2);
        List<String> open = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("BEGIN:")) {
                open.add(line.substring(6));
            } else if (line.startsWith("END:")) {
                assertThat(open.remove(open.size() - 1)).isEqualTo(line.substring(4));
            }
        }
        assertThat(open).isEmpty();
        assertThat(unfolded).contains("DESCRIPTION:Equipo evaluador: Daniel Brooks\\nPersonal de la institución: "
                + "Cmdte. Prueba\\nTraer organigrama");
    }

    @Test
    void aZoneWithDaylightSavingDescribesEachTransitionOfTheVisitsYear() {
        String ics = write(ZoneId.of("America/Tijuana"), "Recorrido");
        assertThat(ics).contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700")
                .contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800");
        assertThat(ScheduleCalendar.offset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("+0530");
    }

    private static String write(ZoneId zone, String title) {
        LocalDate day = LocalDate.of(2026, 3, 10);
        SiteVisit visit = new SiteVisit(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), day,
                day.plusDays(2), zone, 60, Instant.parse("2026-01-01T06:00:00Z"), Instant.parse("2026-03-13T06:00:00Z"));
        VisitItem first = new VisitItem(UUID.randomUUID(), VisitItemKind.INTERVIEW, title,
                "Comandancia Centro, Querétaro", day.atTime(9, 0).atZone(zone).toInstant(),
                day.atTime(10, 30).atZone(zone).toInstant(), List.of(PERSON), "Cmdte. Prueba", "Traer organigrama");
        VisitItem second = new VisitItem(UUID.randomUUID(), VisitItemKind.RIDE_ALONG, "Recorrido nocturno",
                "Sector Norte", day.atTime(22, 0).atZone(zone).toInstant(),
                day.plusDays(1).atTime(2, 0).atZone(zone).toInstant(), List.of(), "", "");
        return ScheduleCalendar.write(visit, List.of(first, second), new ScheduleCalendar.Words("Agenda",
                kind -> kind == VisitItemKind.INTERVIEW ? "Entrevista" : "Recorrido en patrulla",
                id -> "Daniel Brooks", "Equipo evaluador", "Personal de la institución"),
                Instant.parse("2026-01-01T12:00:00Z"), "acredita");
    }
}
