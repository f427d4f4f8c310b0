package org.acredita.proofs.internal;

import java.util.Map;
import org.acredita.selfassessment.FileMigrated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proofs follow a standard renumbered by a move to a new edition through their foreign key; those of earlier
 * standards merged into one move here, in the move's transaction, to the standard that continues them (a file
 * the target already holds for the same year stays where it was, so nothing is doubled or lost).
 */
@Component
class MergedStandardProofs {

    private final JdbcClient jdbc;

    MergedStandardProofs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(FileMigrated moved) {
        for (Map.Entry<String, String> merged : moved.merged().entrySet()) {
            jdbc.sql("""
                    update proof p set number = ?
                    where p.file_id = ? and p.number = ?
                      and not exists (select 1 from proof q where q.file_id = p.file_id and q.number = ?
                                      and q.cycle_year = p.cycle_year and q.sha256 = p.sha256)""")
                    .params(merged.getValue(), moved.fileId(), merged.getKey(), merged.getValue()).update();
        }
    }
}
