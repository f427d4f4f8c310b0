package org.acredita.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.internal.AuditEvent;
import org.acredita.audit.internal.ChainAnchor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records what people and the system change, as one more event on the tamper-evident audit chain.
 * The event is written in the caller's transaction, so it exists exactly when the change it describes
 * was committed. The actor is the {@link CurrentScope current scope}.
 */
@Service
public class AuditTrail {

    /** Actor name stored when nobody is signed in (for example a failed sign-in). */
    public static final String ANONYMOUS = "anonymous";

    // Transaction-scoped advisory lock serialising appends; the value spells "AUDITLOG".
    private static final long CHAIN_LOCK = 0x4155_4449_544C_4F47L;
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,79}");

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Appends one event in the caller's transaction.
     *
     * @param action what happened, upper-case with underscores, e.g. {@code USER_CREATED}
     * @param targetType the kind of thing changed, e.g. {@code USER}; null when there is none
     * @param targetId the changed thing's id; null when there is none
     * @param agencyId the agency the change belongs to (who may read the event); null for programme-wide
     *     changes, which only administrators read
     * @param summary what changed, for people to read
     * @throws IllegalTransactionStateException when called outside a transaction on this data source
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, String targetId, UUID agencyId, String summary) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is upper-case with underscores: " + action);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("An audit event needs a summary of what changed");
        }
        // Checked here too, not only by the annotation: without the caller's transaction the lock would be
        // released at once and the event would survive a rollback of the change it describes.
        if (!TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalTransactionStateException("Audit events are recorded in the caller's transaction");
        }
        AccessScope actor = CurrentScope.get();
        // Two statements on purpose: under read committed the head is read with a snapshot taken once the
        // lock is held, so it includes the append that held it before. A caller in a repeatable-read
        // transaction may see a stale head; the database then refuses the insert rather than fork the chain.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(row -> { });
        ChainAnchor head = jdbc.sql("select head_id, head_hash, events from audit_anchor").query(ChainAnchor.ROWS)
                .optional().orElseThrow(() -> new IllegalStateException("The audit anchor is missing"));
        AuditEvent event = AuditEvent.seal(Instant.now().truncatedTo(ChronoUnit.MICROS), actor.userId(),
                actor.username() == null ? ANONYMOUS : actor.username(), actor.organisationId(), agencyId,
                action, targetType, targetId, summary, head.headHash());
        insert(event);
    }

    private void insert(AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_name, organisation_id, agency_id, action,
                    target_type, target_id, summary, prev_hash, hash)
                values (:occurredAt, :actorId, :actorName, :organisationId, :agencyId, :action,
                    :targetType, :targetId, :summary, :prevHash, :hash)""")
                .param("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .param("actorId", event.actorId())
                .param("actorName", event.actorName())
                .param("organisationId", event.organisationId())
                .param("agencyId", event.agencyId())
                .param("action", event.action())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param("summary", event.summary())
                .param("prevHash", event.prevHash())
                .param("hash", event.hash())
                .update();
    }
}
