package org.acredita.selfassessment;

import java.time.Instant;

/** One move of a file's standard from one status to another, as its history recorded it. */
public record StatusChange(String number, StandardStatus from, StandardStatus to, Instant at) {
}
