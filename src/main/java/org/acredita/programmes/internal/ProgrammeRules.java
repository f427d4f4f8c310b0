package org.acredita.programmes.internal;

import org.acredita.programmes.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyKind;

/** The checks a programme passes before it is written, each naming the field it concerns. */
public final class ProgrammeRules {

    private ProgrammeRules() {
    }

    public static ProgrammeDraft validated(ProgrammeDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.length() < 3 || name.length() > 200) {
            throw RuleViolation.onField("name", "programmes.name.invalid");
        }
        String description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        if (description != null && description.length() > 4000) {
            throw RuleViolation.onField("description", "programmes.description.tooLong");
        }
        if (draft.startsOn() == null || draft.endsOn() == null) {
            throw RuleViolation.onField("startsOn", "programmes.period.required");
        }
        if (!draft.endsOn().isAfter(draft.startsOn())) {
            throw RuleViolation.onField("endsOn", "programmes.period.order");
        }
        BigDecimal budget = draft.budget();
        if (budget != null && (budget.signum() < 0 || budget.scale() > 2 || budget.precision() - budget.scale() > 14)) {
            throw RuleViolation.onField("budget", "programmes.budget.invalid");
        }
        String currency = draft.currency() == null || draft.currency().isBlank() ? "MXN"
                : draft.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw RuleViolation.onField("currency", "programmes.currency.invalid");
        }
        ProgrammeSettings settings = draft.settings() == null ? ProgrammeSettings.DEFAULTS : draft.settings();
        // Each limit names its own field, so the form shows the message beside the one that is out of range.
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("monthsLawEnforcement", settings.monthsLawEnforcement());
        limits.put("monthsCommunications", settings.monthsCommunications());
        limits.put("monthsTrainingAcademy", settings.monthsTrainingAcademy());
        limits.put("monthsCampusSecurity", settings.monthsCampusSecurity());
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            if (limit.getValue() < 6 || limit.getValue() > 72) {
                throw RuleViolation.onField(limit.getKey(), "programmes.months.invalid", "6", "72");
            }
        }
        if (settings.passThreshold() < 50 || settings.passThreshold() > 100) {
            throw RuleViolation.onField("passThreshold", "programmes.threshold.invalid", "50", "100");
        }
        if (settings.publicCommentNoticeDays() < 15 || settings.publicCommentNoticeDays() > 180) {
            throw RuleViolation.onField("publicCommentNoticeDays", "programmes.notice.invalid", "15", "180");
        }
        Map<AgencyKind, Integer> goals = draft.goals() == null ? Map.of() : draft.goals();
        for (Integer target : goals.values()) {
            if (target == null || target < 0 || target > 100000) {
                throw RuleViolation.onField("goals", "programmes.goal.invalid");
            }
        }
        return new ProgrammeDraft(name, description, draft.funderId(), draft.advisoryId(), draft.accreditorId(),
                draft.startsOn(), draft.endsOn(), budget, currency, settings, goals);
    }
}
