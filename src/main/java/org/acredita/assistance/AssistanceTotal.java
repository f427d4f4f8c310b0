package org.acredita.assistance;

/**
 * Sessions and time for one group: an agency (key is its id), an advisor, a month (2026-05) or a
 * programme (key is the programme's name, or NONE for agencies not enrolled).
 */
public record AssistanceTotal(String key, String label, long sessions, long minutes) {

    public double hours() {
        return minutes / 60.0;
    }
}
