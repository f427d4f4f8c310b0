package org.acredita.proofs.internal;

import java.sql.Date;
import java.sql.Timestamp;
import org.acredita.proofs.Proof;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a restored proof as given, with the time it was first given. */
@Repository
public class RestoredProofRows {

    private final JdbcClient jdbc;

    RestoredProofRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code documentId}: the library document a restored file proof shows, else null. */
    public void insert(Proof proof, java.util.UUID documentId) {
        jdbc.sql("""
                insert into proof (id, file_id, agency_id, number, kind, title, stored_file_id, sha256, note, url,
                    document_date, cycle_year, period, late_explanation, text_indexed, created_by, created_by_name,
                    created_at, document_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(proof.id(), proof.fileId(), proof.agencyId(), proof.number(), proof.kind().name(),
                        proof.title(), proof.storedFileId(), proof.sha256(), proof.note(), proof.url(),
                        Date.valueOf(proof.documentDate()), proof.cycleYear(), proof.period(),
                        proof.lateExplanation(), proof.textIndexed(), proof.createdBy(), proof.createdByName(),
                        Timestamp.from(proof.createdAt()), documentId)
                .update();
    }
}
