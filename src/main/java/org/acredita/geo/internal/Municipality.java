package org.acredita.geo.internal;

/**
 * A municipality (or, in Mexico City, a borough).
 *
 * @param code INEGI's five-digit CVEGEO: the state's two digits and the municipality's three
 * @param stateCode the state's two digits
 * @param name the official name
 * @param population inhabitants at the last census, or null when the catalogue did not say
 */
public record Municipality(String code, String stateCode, String name, Integer population) {
}
