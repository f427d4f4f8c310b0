package org.acredita.commission;

/** Why a commissioner may not sit on an agency's panel; {@code OTHER} needs a description. */
public enum ConflictKind {
    SAME_STATE, PAST_RELATION, OTHER
}
