package org.acredita.proofs.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.proofs.Proof;
import org.acredita.proofs.ProofKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proof rows joined with their stored file's type and size; row-level security hides other agencies' proofs. */
@Repository
public class ProofRepository {

    private static final String SELECT = """
            select p.id, p.file_id, p.agency_id, p.number, p.kind, p.title, p.stored_file_id, p.sha256,
                f.content_type, f.size_bytes, p.note, p.url, p.document_date, p.cycle_year, p.period,
                p.late_explanation, p.text_indexed, p.created_by, p.created_by_name, p.created_at
            from proof p left join stored_file_facts f on f.stored_file_id = p.stored_file_id
            """;

    private final JdbcClient jdbc;

    ProofRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new proof; {@code documentId} names the library document a file proof shows, else null. */
    public void insert(Proof proof, UUID documentId) {
        jdbc.sql("""
                insert into proof (id, file_id, agency_id, number, kind, title, stored_file_id, sha256, note, url,
                    document_date, cycle_year, period, late_explanation, text_indexed, created_by, created_by_name,
                    document_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(proof.id(), proof.fileId(), proof.agencyId(), proof.number(), proof.kind().name(),
                        proof.title(), proof.storedFileId(), proof.sha256(), proof.note(), proof.url(),
                        Date.valueOf(proof.documentDate()), proof.cycleYear(), proof.period(),
                        proof.lateExplanation(), proof.textIndexed(), proof.createdBy(), proof.createdByName(),
                        documentId)
                .update();
    }

    /** The library document each proof of a standard shows, by proof id (file proofs only). */
    public Map<UUID, UUID> documentsOf(UUID fileId, String number) {
        Map<UUID, UUID> documents = new HashMap<>();
        jdbc.sql("select id, document_id from proof where file_id = ? and number = ? and document_id is not null")
                .params(fileId, number).query(rs -> {
                    documents.put(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class));
                });
        return documents;
    }

    public List<Proof> ofStandard(UUID fileId, String number) {
        return jdbc.sql(SELECT + "where p.file_id = ? and p.number = ? order by p.cycle_year, p.document_date, "
                + "p.created_at").params(fileId, number).query(ProofRepository::map).list();
    }

    public List<Proof> ofFile(UUID fileId) {
        return jdbc.sql(SELECT + "where p.file_id = ? order by p.number, p.cycle_year, p.document_date")
                .param(fileId).query(ProofRepository::map).list();
    }

    /** The proofs of several files in one query (an overview of many files). */
    public List<Proof> ofFiles(List<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where p.file_id = any(?) order by p.file_id, p.number, p.cycle_year, p.document_date")
                .param(fileIds.toArray(UUID[]::new)).query(ProofRepository::map).list();
    }

    public Optional<Proof> find(UUID fileId, String number, UUID id) {
        return jdbc.sql(SELECT + "where p.file_id = ? and p.number = ? and p.id = ?").params(fileId, number, id)
                .query(ProofRepository::map).optional();
    }

    /** A proof of the file by its id alone, wherever its standard is numbered now. */
    public Optional<Proof> inFile(UUID fileId, UUID id) {
        return jdbc.sql(SELECT + "where p.file_id = ? and p.id = ?").params(fileId, id).query(ProofRepository::map)
                .optional();
    }

    /** The proof of this content already given for the standard and year: sending it again is a retry. */
    public Optional<Proof> sameContent(UUID fileId, String number, int cycleYear, String sha256) {
        return jdbc.sql(SELECT + "where p.file_id = ? and p.number = ? and p.cycle_year = ? and p.sha256 = ?")
                .params(fileId, number, cycleYear, sha256).query(ProofRepository::map).optional();
    }

    /** Standard number to cycle year to count, in one grouped query. */
    public Map<String, Map<Integer, Integer>> countsPerYear(UUID fileId) {
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        jdbc.sql("select number, cycle_year, count(*) as n from proof where file_id = ? group by number, cycle_year")
                .param(fileId).query(rs -> {
                    counts.computeIfAbsent(rs.getString("number"), key -> new HashMap<>())
                            .put(rs.getInt("cycle_year"), rs.getInt("n"));
                });
        return counts;
    }

    public void explain(UUID id, String explanation) {
        jdbc.sql("update proof set late_explanation = ? where id = ?").params(explanation, id).update();
    }

    /** Whether another proof still points at this stored file (identical bytes given twice over time). */
    public boolean storedFileShared(UUID storedFileId, UUID exceptProof) {
        return jdbc.sql("select exists (select 1 from proof where stored_file_id = ? and id <> ?)")
                .params(storedFileId, exceptProof).query(Boolean.class).single();
    }

    public int delete(UUID id) {
        return jdbc.sql("delete from proof where id = ?").param(id).update();
    }

    private static Proof map(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long bytes = rs.wasNull() ? null : size;
        return new Proof(rs.getObject("id", UUID.class), rs.getObject("file_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("number"), ProofKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("stored_file_id", UUID.class), rs.getString("sha256"),
                rs.getString("content_type"), bytes, rs.getString("note"), rs.getString("url"),
                rs.getObject("document_date", java.time.LocalDate.class), rs.getInt("cycle_year"),
                (Integer) rs.getObject("period"), rs.getString("late_explanation"), rs.getBoolean("text_indexed"),
                rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
