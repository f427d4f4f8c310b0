package org.acredita.dashboard.internal;

import org.acredita.agencies.AgencyStanding;
import org.acredita.programmes.Member;

/** An agency as the drill-down list and the exports show it; readiness is its latest score, if assessed. */
public record AgencyRow(AgencyStanding standing, Member member, double assistanceHours, Integer readiness) {
}
