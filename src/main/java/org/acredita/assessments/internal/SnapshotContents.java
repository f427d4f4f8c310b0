package org.acredita.assessments.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.acredita.storage.ContentKeepers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The proofs an assessment's frozen snapshot was given stay in the file store for the record, even when the
 * agency later removes them from its live file (the snapshot names them by SHA-256 and does not copy them).
 */
@Component
class SnapshotContents implements ContentKeepers {

    private final JdbcClient jdbc;

    SnapshotContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> kept(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct sha256 from assessment_snapshot_proof where sha256 = any(?)")
                .param(sha256s.toArray(String[]::new)).query(String.class).list());
    }
}
