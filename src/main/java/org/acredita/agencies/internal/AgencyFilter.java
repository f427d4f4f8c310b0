package org.acredita.agencies.internal;

import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.Phase;

/**
 * What narrows the agency list: words of the name (accents and case ignored), the phase it stands in,
 * its kind and its state (INEGI code). Any of them may be null; the same names serve as query
 * parameters so other pages can link to a drill-down ({@code /agencies?state=09&phase=SELF_ASSESSMENT}).
 */
public record AgencyFilter(String text, Phase phase, AgencyKind kind, String state) {

    public static final AgencyFilter NONE = new AgencyFilter(null, null, null, null);

    public AgencyFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        state = state == null || state.isBlank() ? null : state.strip();
    }

    public boolean isEmpty() {
        return text == null && phase == null && kind == null && state == null;
    }
}
