package org.acredita.proofs.internal;

import org.acredita.proofs.Proof;

/** The outcome of giving a proof: the proof, and whether it is new or the same file was already given. */
public record ProofUpload(Proof proof, boolean created) {
}
