package org.acredita.geo;

/**
 * One of Mexico's 32 federal entities (31 states and Mexico City).
 *
 * @param code INEGI's two-digit code, {@code "01"} to {@code "32"}
 * @param name the official name, e.g. "Michoacán de Ocampo"
 * @param abbreviation INEGI's abbreviation, e.g. "Mich."
 */
public record MexicanState(String code, String name, String abbreviation) {
}
