package org.acredita.dashboard.internal;

/** The dated obligations a programme watches. */
public enum DeadlineKind {
    SELF_ASSESSMENT, HEARING, AWARD_EXPIRY
}
