package org.acredita.commission;

/** A commissioner's vote on the decision put to the panel. */
public enum Vote {
    FOR, AGAINST, ABSTAIN
}
