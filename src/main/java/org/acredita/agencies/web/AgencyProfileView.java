package org.acredita.agencies.web;

import java.util.List;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.internal.AccreditationManager;
import org.acredita.agencies.internal.AgencyContact;
import org.acredita.standards.AgencyFunction;

/**
 * What an agency's profile page shows, read in one transaction by {@link AgencyViews}; the profile is null
 * until someone fills it in.
 */
public record AgencyProfileView(AgencySummary agency, List<AccreditationManager> managers,
        List<AgencyContact> contacts, List<AgencyFunction> functions, boolean canEdit) {

    public AgencyProfile profile() {
        return agency.profile();
    }

    public AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    public AgencyKind.CentreType[] centreTypes() {
        return AgencyKind.CentreType.values();
    }

    public GovernmentLevel[] levels() {
        return GovernmentLevel.values();
    }
}
