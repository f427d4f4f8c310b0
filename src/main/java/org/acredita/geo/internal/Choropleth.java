package org.acredita.geo.internal;

import java.util.List;

/**
 * A map of Mexico coloured by a value per state, ready to draw.
 *
 * @param viewBox the SVG viewBox the paths are drawn in
 * @param regions the 32 states in INEGI's order
 * @param legend the value bands of the colour steps in use, lowest first
 */
public record Choropleth(String viewBox, List<Region> regions, List<Band> legend) {

    /**
     * @param value the state's value, or null when it has none
     * @param step 0 for none or zero, else 1 (lightest) to {@link MexicoMap#STEPS} (darkest)
     */
    public record Region(String code, String path, Long value, int step) {

        public String cssClass() {
            return "map-step-" + step;
        }
    }

    /** Values from {@code from} to {@code to} (inclusive) take colour step {@code step}. */
    public record Band(int step, long from, long to) {

        public String cssClass() {
            return "map-step-" + step;
        }
    }
}
