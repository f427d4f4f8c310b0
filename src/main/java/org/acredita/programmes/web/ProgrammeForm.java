package org.acredita.programmes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.programmes.Programme;
import org.acredita.programmes.internal.ProgrammeDraft;
import org.acredita.programmes.ProgrammeSettings;
import org.springframework.format.annotation.DateTimeFormat;

/** The programme form as posted, and as shown again with what was typed when a rule refuses it. */
public record ProgrammeForm(String name, String description, UUID funderId, UUID advisoryId, UUID accreditorId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, BigDecimal budget, String currency,
        Integer monthsLawEnforcement, Integer monthsCommunications, Integer monthsTrainingAcademy,
        Integer monthsCampusSecurity, Integer passThreshold, Integer publicCommentNoticeDays,
        Integer goalLawEnforcement, Integer goalCommunicationsCentre, Integer goalAcademy, Integer goalCampusSecurity) {

    static ProgrammeForm blank() {
        ProgrammeSettings d = ProgrammeSettings.DEFAULTS;
        return new ProgrammeForm("", "", null, null, null, null, null, null, "MXN", d.monthsLawEnforcement(),
                d.monthsCommunications(), d.monthsTrainingAcademy(), d.monthsCampusSecurity(), d.passThreshold(),
                d.publicCommentNoticeDays(), null, null, null, null);
    }

    static ProgrammeForm of(Programme p) {
        ProgrammeSettings s = p.settings();
        Map<AgencyKind, Integer> g = p.goals();
        return new ProgrammeForm(p.name(), p.description(), p.funderId(), p.advisoryId(), p.accreditorId(),
                p.startsOn(), p.endsOn(), p.budget(), p.currency(), s.monthsLawEnforcement(), s.monthsCommunications(),
                s.monthsTrainingAcademy(), s.monthsCampusSecurity(), s.passThreshold(), s.publicCommentNoticeDays(),
                g.get(AgencyKind.LAW_ENFORCEMENT), g.get(AgencyKind.COMMUNICATIONS_CENTRE), g.get(AgencyKind.ACADEMY),
                g.get(AgencyKind.CAMPUS_SECURITY));
    }

    ProgrammeDraft draft() {
        ProgrammeSettings d = ProgrammeSettings.DEFAULTS;
        ProgrammeSettings settings = new ProgrammeSettings(or(monthsLawEnforcement, d.monthsLawEnforcement()),
                or(monthsCommunications, d.monthsCommunications()), or(monthsTrainingAcademy, d.monthsTrainingAcademy()),
                or(monthsCampusSecurity, d.monthsCampusSecurity()), or(passThreshold, d.passThreshold()),
                or(publicCommentNoticeDays, d.publicCommentNoticeDays()));
        Map<AgencyKind, Integer> goals = new EnumMap<>(AgencyKind.class);
        put(goals, AgencyKind.LAW_ENFORCEMENT, goalLawEnforcement);
        put(goals, AgencyKind.COMMUNICATIONS_CENTRE, goalCommunicationsCentre);
        put(goals, AgencyKind.ACADEMY, goalAcademy);
        put(goals, AgencyKind.CAMPUS_SECURITY, goalCampusSecurity);
        return new ProgrammeDraft(name, description, funderId, advisoryId, accreditorId, startsOn, endsOn, budget,
                currency, settings, goals);
    }

    public Integer goal(AgencyKind kind) {
        return switch (kind) {
            case LAW_ENFORCEMENT -> goalLawEnforcement;
            case COMMUNICATIONS_CENTRE -> goalCommunicationsCentre;
            case ACADEMY -> goalAcademy;
            case CAMPUS_SECURITY -> goalCampusSecurity;
        };
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static void put(Map<AgencyKind, Integer> goals, AgencyKind kind, Integer target) {
        if (target != null) {
            goals.put(kind, target);
        }
    }
}
