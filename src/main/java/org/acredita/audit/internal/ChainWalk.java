package org.acredita.audit.internal;

import java.util.Objects;
import org.acredita.audit.internal.ChainReport;
import org.acredita.audit.internal.ChainReport.BrokenLink;

/**
 * Checks the chain one event at a time, in id order, keeping only the previous hash: any number of
 * events can be walked in constant memory. Counting continues after the first break.
 */
public final class ChainWalk {

    private String previousHash;
    private Long lastId;

    /** A walk from the start of the chain. */
    public ChainWalk() {
        this(null);
    }

    /** A walk from inside the chain: its first event must follow the event with this hash (null: the first). */
    public ChainWalk(String previousHash) {
        this.previousHash = previousHash;
    }

    private long events;
    private BrokenLink firstBreak;

    public void accept(AuditEvent event) {
        events++;
        if (firstBreak == null) {
            // Linkage first: a missing or inserted neighbour is the finding, not this event's content.
            if (!Objects.equals(event.prevHash(), previousHash)) {
                firstBreak = new BrokenLink(event.id(), BrokenLink.CHAIN_BREAK);
            } else if (!event.isIntact()) {
                firstBreak = new BrokenLink(event.id(), BrokenLink.HASH_MISMATCH);
            }
        }
        previousHash = event.hash();
        lastId = event.id();
    }

    /** The report, after comparing the end of the chain with the recorded anchor (null when missing). */
    public ChainReport finish(ChainAnchor anchor) {
        if (firstBreak == null && !endsAt(anchor)) {
            Long named = anchor != null && anchor.headId() != null ? anchor.headId() : lastId;
            firstBreak = new BrokenLink(named == null ? 0 : named, BrokenLink.ANCHOR_MISMATCH);
        }
        return new ChainReport(firstBreak == null, events, firstBreak);
    }

    /** The report of a stretch of the chain, which later events may follow: no anchor to compare. */
    public ChainReport finishWithin() {
        return new ChainReport(firstBreak == null, events, firstBreak);
    }

    private boolean endsAt(ChainAnchor anchor) {
        return anchor != null && Objects.equals(anchor.headHash(), previousHash)
                && Objects.equals(anchor.headId(), lastId) && anchor.events() == events;
    }
}
