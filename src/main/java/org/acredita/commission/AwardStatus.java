package org.acredita.commission;

/** Where an award stands: held, past its expiry without reaccreditation, suspended or revoked by the Commission. */
public enum AwardStatus {
    ACTIVE, EXPIRED, SUSPENDED, REVOKED
}
