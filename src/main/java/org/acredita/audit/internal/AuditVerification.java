package org.acredita.audit.internal;

import java.util.List;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.audit.internal.AuditEvent;
import org.acredita.audit.internal.ChainAnchor;
import org.acredita.audit.internal.ChainWalk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves the audit trail untouched: walks every event in id order, recomputes each hash and checks that
 * each event names the previous one's hash, then compares the end of the chain with the anchor that
 * every append moves.
 *
 * <p>What it detects: an altered or forged event ({@code HASH_MISMATCH}); an event removed from, or
 * inserted into, the chain ({@code CHAIN_BREAK} on the event after it); events removed from or added at
 * the end ({@code ANCHOR_MISMATCH}). A chain on its own cannot reveal that its last events were removed;
 * the anchor can, and appends continue from the anchor, so the gap stays visible afterwards. What it
 * cannot detect: someone with the database owner's or a superuser's rights who rewrites events, hashes
 * and anchor consistently. Against that, publish the head hash elsewhere from time to time.
 *
 * <p>Events are read as the table's owner through the database function {@code audit_chain_after}, a
 * page at a time, so row-level security hides nothing and memory stays bounded; the walk runs in one
 * repeatable-read snapshot so concurrent appends cannot make the anchor look out of step.
 */
@Service
public class AuditVerification {

    public static final int PAGE_SIZE = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public AuditVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** For administrators, and for the system itself (scheduled verification). */
    public ChainReport verify() {
        AccessScope scope = CurrentScope.get();
        if (!scope.isAdmin() && !scope.isSystem()) {
            throw new ForbiddenException();
        }
        return snapshot.execute(status -> walk());
    }

    /**
     * Verifies the part of the chain from event {@code first} to event {@code last} (every event between them,
     * whichever agency it belongs to, since the chain runs through all of them), including the link of
     * {@code first} to the event before it. The caller has already been allowed to read the events it exports;
     * the walk reads the chain past row-level security as the whole-chain verification does, and answers only
     * whether and where that stretch is broken. The anchor is not compared: later events may follow.
     */
    public ChainReport verifyRange(long first, long last) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> snapshot.execute(status -> walk(first, last)));
    }

    private ChainReport walk(long first, long last) {
        ChainWalk walk = new ChainWalk(jdbc.sql("select hash from audit_event where id < ? order by id desc limit 1")
                .param(first).query(String.class).optional().orElse(null));
        long after = first - 1;
        List<AuditEvent> page;
        do {
            page = jdbc.sql("select * from audit_chain_after(?, ?) where id <= ?").params(after, PAGE_SIZE, last)
                    .query(AuditEvent.ROWS).list();
            page.forEach(walk::accept);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE_SIZE);
        return walk.finishWithin();
    }

    private ChainReport walk() {
        ChainWalk walk = new ChainWalk();
        long after = Long.MIN_VALUE; // a forged row may carry any id
        List<AuditEvent> page;
        do {
            page = jdbc.sql("select * from audit_chain_after(?, ?)").params(after, PAGE_SIZE)
                    .query(AuditEvent.ROWS).list();
            page.forEach(walk::accept);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE_SIZE);
        ChainAnchor anchor = jdbc.sql("select head_id, head_hash, events from audit_anchor")
                .query(ChainAnchor.ROWS).optional().orElse(null);
        return walk.finish(anchor);
    }
}
