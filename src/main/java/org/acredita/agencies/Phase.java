package org.acredita.agencies;

import java.util.EnumSet;
import java.util.Set;

/** Where an agency stands in an accreditation programme (see the domain brief, "States of an agency"). */
public enum Phase {
    CANDIDATE, CONTACTED, INVITED, DECLINED, COMMITTED, READINESS_ASSESSMENT, SELF_ASSESSMENT, MOCK_ASSESSMENT,
    READY_FOR_REVIEW, REMOTE_FILE_REVIEW, SITE_BASED_ASSESSMENT, REPORT, HEARING_SCHEDULED, ACCREDITED,
    ACCREDITED_WITH_CONDITIONS, DEFERRED, DENIED, CONTINUED_COMPLIANCE, YEAR_FOUR_ASSESSMENT, REACCREDITED,
    WITHDRAWN, REMOVED, SUSPENDED, LAPSED;

    /** Phases that end the enrolment; a new enrolment starts again from candidate. */
    public static final Set<Phase> FINAL = EnumSet.of(DECLINED, DENIED, WITHDRAWN, REMOVED, LAPSED);

    /** Phases in which the agency holds an award. */
    public static final Set<Phase> AWARDED = EnumSet.of(ACCREDITED, ACCREDITED_WITH_CONDITIONS, CONTINUED_COMPLIANCE,
            YEAR_FOUR_ASSESSMENT, REACCREDITED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** After the agreement is signed (side states such as withdrawn only apply from here). */
    public boolean isCommitted() {
        return compareTo(COMMITTED) >= 0 && this != DECLINED;
    }
}
