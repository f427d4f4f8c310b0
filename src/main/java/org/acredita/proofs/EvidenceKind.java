package org.acredita.proofs;

/** What a library document is, so an agency finds its rosters, inspections and reports among the rest. */
public enum EvidenceKind {
    TRAINING_RECORD, INSPECTION, REPORT, LOG, CORRESPONDENCE, PHOTOGRAPH, OTHER
}
