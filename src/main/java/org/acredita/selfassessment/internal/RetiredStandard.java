package org.acredita.selfassessment.internal;

import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Text;

/**
 * A standard of an earlier edition the file no longer counts (the new edition dropped it, or it no longer
 * applies), kept under a reserved number so its history, comments and proofs stay readable.
 *
 * @param formerNumber the number it had in its edition
 */
public record RetiredStandard(String number, String formerNumber, Text title, StandardStatus status) {
}
