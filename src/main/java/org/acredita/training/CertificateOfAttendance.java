package org.acredita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a certificate of attendance states: its number, the person, and the event's details. */
public record CertificateOfAttendance(String number, String fullName, String position, String agencyName,
        String programmeName, String topic, EventFormat format, List<Audience> audiences, LocalDate heldOn,
        BigDecimal durationHours, BigDecimal hoursAttended, String place, String link, String trainers) {

    public CertificateOfAttendance {
        audiences = List.copyOf(audiences);
    }

    /** The printed number: the event's year and the attendance's sequence, e.g. CA-2026-00042. */
    static String number(LocalDate heldOn, long sequence) {
        return String.format("CA-%d-%05d", heldOn.getYear(), sequence);
    }
}
