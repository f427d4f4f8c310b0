package org.acredita.proofs;

import java.util.UUID;
import org.acredita.standards.Text;

/**
 * A time-sensitive standard's expected proof someone should hear about: its period ends soon without a proof
 * ({@link SlotState#DUE}), or it ended without one ({@link SlotState#MISSING}).
 */
public record DueProof(UUID fileId, UUID agencyId, String agencyName, String number, Text title, ProofSlot slot) {

    /** The standard's page in the file. */
    public String link() {
        return "/accreditation-files/" + fileId + "/standards/" + number + "#proofs";
    }

    /** File, number, year and period: the slot's identity in a reminder. */
    public String key() {
        return fileId + "/" + number + "/" + slot.year() + (slot.period() == null ? "" : "/" + slot.period());
    }
}
