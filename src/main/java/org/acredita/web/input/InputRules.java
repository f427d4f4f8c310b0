package org.acredita.web.input;

import java.time.LocalDate;

/**
 * What every text and date coming from a request must respect, whatever the module: no control characters
 * (a NUL cannot even be stored by PostgreSQL; tab, line feed and carriage return are ordinary text) and
 * dates in a range any accreditation work can have (a year 0 or 10000 is a typing slip, never a fact).
 */
final class InputRules {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private InputRules() {
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    static String checkText(String text) {
        if (text != null && hasControlCharacter(text)) {
            throw new RefusedValue("error.input.control");
        }
        return text;
    }

    static LocalDate checkDate(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new RefusedValue("error.input.date", String.valueOf(EARLIEST.getYear()),
                    String.valueOf(LATEST.getYear()));
        }
        return date;
    }
}
