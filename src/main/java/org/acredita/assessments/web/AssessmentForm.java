package org.acredita.assessments.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.TeamRole;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;

/**
 * The "new assessment" form as typed, with the choices the caller has (kinds, people) and the refused field.
 *
 * @param chosen the chosen people by id, with their role and chapters as typed
 */
public record AssessmentForm(Organisation agency, List<AssessmentKind> kinds, List<StaffMember> candidates,
        String kind, String windowStart, String windowEnd, ScopeMode scopeMode, String samplePercent,
        String sampleSeed, String picked, Map<UUID, Choice> chosen, String errorField, String errorKey,
        Object[] errorArguments) {

    public record Choice(TeamRole role, String chapters) {
    }

    public boolean isChosen(UUID userId) {
        return chosen.containsKey(userId);
    }

    /** The role as chosen, else assessor (the usual member) as the form's default. */
    public TeamRole roleOf(UUID userId) {
        Choice choice = chosen.get(userId);
        return choice == null ? TeamRole.ASSESSOR : choice.role();
    }

    public String chaptersOf(UUID userId) {
        Choice choice = chosen.get(userId);
        return choice == null || choice.chapters() == null ? "" : choice.chapters();
    }

    public boolean errorOn(String field) {
        return field.equals(errorField);
    }

    /** For aria-invalid: "true" on the refused field, else no attribute. */
    public String invalid(String field) {
        return errorOn(field) ? "true" : null;
    }

    public String describedBy(String field) {
        return errorOn(field) ? field + "-error" : null;
    }
}
