package org.acredita.agencies.internal;

import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.TransitionRequest;
import static org.acredita.agencies.Phase.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an agency in a programme as explicit rules: which phase may follow which, and what
 * each transition needs. Pure rules, no storage, so they are tested exhaustively on their own.
 */
public final class Lifecycle {

    private static final Map<Phase, Set<Phase>> PATH = new EnumMap<>(Phase.class);
    private static final Set<Phase> REASON_REQUIRED = EnumSet.of(DECLINED, DEFERRED, DENIED, ACCREDITED_WITH_CONDITIONS,
            WITHDRAWN, REMOVED, SUSPENDED);

    static {
        PATH.put(CANDIDATE, EnumSet.of(CONTACTED));
        PATH.put(CONTACTED, EnumSet.of(INVITED));
        PATH.put(INVITED, EnumSet.of(DECLINED, COMMITTED));
        PATH.put(COMMITTED, EnumSet.of(READINESS_ASSESSMENT));
        PATH.put(READINESS_ASSESSMENT, EnumSet.of(SELF_ASSESSMENT));
        PATH.put(SELF_ASSESSMENT, EnumSet.of(MOCK_ASSESSMENT));
        // After the mock assessment the agency is either ready or goes back to work on its files.
        PATH.put(MOCK_ASSESSMENT, EnumSet.of(READY_FOR_REVIEW, SELF_ASSESSMENT));
        PATH.put(READY_FOR_REVIEW, EnumSet.of(REMOTE_FILE_REVIEW));
        PATH.put(REMOTE_FILE_REVIEW, EnumSet.of(SITE_BASED_ASSESSMENT, SELF_ASSESSMENT));
        PATH.put(SITE_BASED_ASSESSMENT, EnumSet.of(REPORT));
        PATH.put(REPORT, EnumSet.of(HEARING_SCHEDULED));
        PATH.put(HEARING_SCHEDULED, EnumSet.of(ACCREDITED, ACCREDITED_WITH_CONDITIONS, DEFERRED, DENIED));
        PATH.put(DEFERRED, EnumSet.of(HEARING_SCHEDULED));
        PATH.put(ACCREDITED_WITH_CONDITIONS, EnumSet.of(ACCREDITED));
        PATH.put(ACCREDITED, EnumSet.of(CONTINUED_COMPLIANCE));
        PATH.put(CONTINUED_COMPLIANCE, EnumSet.of(YEAR_FOUR_ASSESSMENT));
        PATH.put(YEAR_FOUR_ASSESSMENT, EnumSet.of(REACCREDITED, DEFERRED, DENIED));
        PATH.put(REACCREDITED, EnumSet.of(CONTINUED_COMPLIANCE));
        PATH.put(SUSPENDED, EnumSet.of(CONTINUED_COMPLIANCE, REMOVED));
    }

    private Lifecycle() {
    }

    /** Every phase that may follow, main path and side states, before checking what each needs. */
    public static Set<Phase> next(Phase from) {
        Set<Phase> next = EnumSet.noneOf(Phase.class);
        next.addAll(PATH.getOrDefault(from, Set.of()));
        if (from.isCommitted() && !from.isFinal()) {
            next.add(WITHDRAWN);
            next.add(REMOVED);
        }
        if (AWARDED.contains(from)) {
            next.add(SUSPENDED);
            next.add(LAPSED);
        }
        next.remove(from);
        return next;
    }

    /** What the transition lacks; empty when it may happen. */
    public static List<Requirement> unmet(Enrolment enrolment, TransitionRequest request, LocalDate today) {
        List<Requirement> unmet = new ArrayList<>();
        Phase to = request.to();
        if (to == null) {
            unmet.add(new Requirement("agencies.requirement.target"));
            return unmet;
        }
        if (!next(enrolment.phase()).contains(to)) {
            unmet.add(new Requirement("agencies.requirement.notNext", Requirement.phase(enrolment.phase()),
                    Requirement.phase(to)));
            return unmet;
        }
        if (REASON_REQUIRED.contains(to) && (request.reason() == null || request.reason().isBlank())) {
            unmet.add(new Requirement("agencies.requirement.reason", Requirement.phase(to)));
        }
        if (to == COMMITTED) {
            requireDateNotAfter(unmet, request.agreementDate(), today, "agencies.requirement.agreementDate");
        }
        if (to == HEARING_SCHEDULED && request.hearingDate() == null) {
            unmet.add(new Requirement("agencies.requirement.hearingDate"));
        }
        if (to == ACCREDITED && enrolment.phase() == HEARING_SCHEDULED || to == ACCREDITED_WITH_CONDITIONS
                || to == REACCREDITED) {
            requireDateNotAfter(unmet, request.awardDate(), today, "agencies.requirement.awardDate");
        }
        if (to == LAPSED && (enrolment.awardExpires() == null || !today.isAfter(enrolment.awardExpires()))) {
            unmet.add(new Requirement("agencies.requirement.awardNotExpired",
                    String.valueOf(enrolment.awardExpires())));
        }
        return unmet;
    }

    /** The self-assessment deadline: agreement plus the programme's months plus recorded extensions. */
    public static LocalDate deadline(LocalDate agreementDate, AccreditationProgramme programme, int extensionMonths) {
        return deadline(agreementDate, programme.selfAssessmentMonths(), extensionMonths);
    }

    /** The same with the time limit a funded programme sets instead of the default. */
    public static LocalDate deadline(LocalDate agreementDate, int limitMonths, int extensionMonths) {
        return agreementDate.plusMonths(limitMonths + (long) extensionMonths);
    }

    private static void requireDateNotAfter(List<Requirement> unmet, LocalDate date, LocalDate today, String key) {
        if (date == null || date.isAfter(today)) {
            unmet.add(new Requirement(key));
        }
    }
}
