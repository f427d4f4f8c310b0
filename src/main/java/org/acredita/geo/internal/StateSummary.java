package org.acredita.geo.internal;

import org.acredita.geo.MexicanState;

/** A state with how many of its municipalities the catalogue holds, for overviews. */
public record StateSummary(MexicanState state, int municipalities) {
}
