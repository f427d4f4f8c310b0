package org.acredita.dashboard.internal;

/** The dated obligations a programme watches. */
public enum ProgrammeDeadlineKind {
    SELF_ASSESSMENT, HEARING, AWARD_EXPIRY
}
