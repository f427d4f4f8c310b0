package org.acredita.audit.internal;

/**
 * The outcome of walking the audit chain.
 *
 * @param valid whether every event is intact and linked to the one before it, and the last one is the
 *     recorded head of the chain
 * @param events how many events the chain holds
 * @param firstBrokenEvent the first place where the chain is broken, or null when it is valid
 */
public record ChainReport(boolean valid, long events, BrokenLink firstBrokenEvent) {

    public ChainReport {
        if (valid != (firstBrokenEvent == null)) {
            throw new IllegalArgumentException("A chain is valid exactly when nothing in it is broken");
        }
    }

    /**
     * Where and why the chain is broken.
     *
     * @param eventId the event found broken; for {@link #ANCHOR_MISMATCH}, the event the anchor names as
     *     the head of the chain (it may no longer exist)
     * @param reason one of {@link #HASH_MISMATCH}, {@link #CHAIN_BREAK}, {@link #ANCHOR_MISMATCH}; labels
     *     are in the audit message bundle under {@code audit.verification.reason.<reason>}
     */
    public record BrokenLink(long eventId, String reason) {

        /** The event's fields no longer match its hash: it was altered, or forged without the hash. */
        public static final String HASH_MISMATCH = "HASH_MISMATCH";
        /** The event does not follow the one before it: an event between them was removed or inserted. */
        public static final String CHAIN_BREAK = "CHAIN_BREAK";
        /** The chain does not end where the anchor says: events were removed from or added at the end. */
        public static final String ANCHOR_MISMATCH = "ANCHOR_MISMATCH";
    }
}
