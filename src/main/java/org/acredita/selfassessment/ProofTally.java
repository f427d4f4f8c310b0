package org.acredita.selfassessment;

import java.util.Map;
import java.util.UUID;

/**
 * How many proofs of compliance each standard of a file has per cycle year (1-4). The proofs module provides
 * it; the file's list and API show the counts without this module knowing how proofs are kept.
 */
public interface ProofTally {

    /** Standard number to cycle year to count, for the standards that have any proof; one query. */
    Map<String, Map<Integer, Integer>> perYear(UUID fileId);

    /** The same for a file the caller already read (a page assembling its view), without reading it again. */
    Map<String, Map<Integer, Integer>> perYear(AccreditationFile file);
}
