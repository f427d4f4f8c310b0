package org.acredita.agencies;

/** The order of government the agency belongs to. */
public enum GovernmentLevel {
    FEDERAL, STATE, MUNICIPAL
}
