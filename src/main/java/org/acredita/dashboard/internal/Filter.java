package org.acredita.dashboard.internal;

import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyStanding;
import org.acredita.agencies.Phase;

/** A drill-down from the dashboard: any of phase, kind and state (INEGI code), or none for all. */
public record Filter(Phase phase, AgencyKind kind, String state) {

    public static final Filter NONE = new Filter(null, null, null);

    public boolean matches(AgencyStanding standing) {
        return (phase == null || phase == standing.phase()) && (kind == null || kind == standing.kind())
                && (state == null || state.equals(standing.stateCode()));
    }

    public boolean isEmpty() {
        return phase == null && kind == null && state == null;
    }

    /** The query string that reproduces this filter, for links and exports. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (phase != null) {
            query.append("&phase=").append(phase.name());
        }
        if (kind != null) {
            query.append("&kind=").append(kind.name());
        }
        if (state != null) {
            query.append("&state=").append(state);
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
