package org.acredita.proofs;

/** What a proof is: an uploaded file, a written note (e.g. an observation), or a link to a record elsewhere. */
public enum ProofKind {
    FILE, NOTE, LINK
}
