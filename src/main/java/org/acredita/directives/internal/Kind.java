package org.acredita.directives.internal;

/** What sort of written directive a document is; the agency's own vocabulary maps onto these. */
public enum Kind {
    POLICY, GENERAL_ORDER, PROCEDURE, MANUAL, MEMORANDUM
}
