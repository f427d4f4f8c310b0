package org.acredita.proofs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.proofs.EvidenceKind;
import org.acredita.proofs.LibraryDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Library documents with their stored file's type and size and the proofs that use them; row-level security hides
 * other agencies' documents.
 */
@Repository
public class EvidenceRepository {

    private static final String SELECT = """
            select d.id, d.agency_id, d.title, d.document_date, d.kind, d.stored_file_id, d.sha256, f.content_type,
                f.size_bytes, d.created_by_name, d.created_at
            from evidence_document d left join stored_file_facts f on f.stored_file_id = d.stored_file_id
            """;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new document; when the agency's library already holds these bytes nothing is written. */
    public boolean insertOnce(UUID id, UUID agencyId, String title, LocalDate documentDate, EvidenceKind kind,
            UUID storedFileId, String sha256, UUID createdBy, String createdByName) {
        return jdbc.sql("""
                insert into evidence_document (id, agency_id, title, document_date, kind, stored_file_id, sha256,
                    created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (agency_id, sha256) do nothing""")
                .params(id, agencyId, title, java.sql.Date.valueOf(documentDate), kind.name(), storedFileId, sha256,
                        createdBy, createdByName)
                .update() == 1;
    }

    public Optional<LibraryDocument> withContent(UUID agencyId, String sha256) {
        return one(SELECT + "where d.agency_id = ? and d.sha256 = ?", agencyId, sha256);
    }

    public Optional<LibraryDocument> find(UUID agencyId, UUID id) {
        return one(SELECT + "where d.agency_id = ? and d.id = ?", agencyId, id);
    }

    /** The agency's documents, newest document date first, each with its uses, in two queries. */
    public List<LibraryDocument> ofAgency(UUID agencyId) {
        List<LibraryDocument> bare = jdbc.sql(SELECT + "where d.agency_id = ? order by d.document_date desc, d.title")
                .param(agencyId).query(EvidenceRepository::map).list();
        Map<UUID, List<LibraryDocument.Use>> uses = uses("d.agency_id = ?", agencyId);
        return bare.stream().map(document -> withUses(document, uses)).toList();
    }

    public void update(UUID id, String title, LocalDate documentDate, EvidenceKind kind) {
        jdbc.sql("update evidence_document set title = ?, document_date = ?, kind = ? where id = ?")
                .params(title, java.sql.Date.valueOf(documentDate), kind.name(), id).update();
    }

    public int delete(UUID id) {
        return jdbc.sql("delete from evidence_document where id = ?").param(id).update();
    }

    private Optional<LibraryDocument> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(EvidenceRepository::map).optional()
                .map(document -> withUses(document, uses("d.id = ?", document.id())));
    }

    private Map<UUID, List<LibraryDocument.Use>> uses(String where, Object param) {
        Map<UUID, List<LibraryDocument.Use>> uses = new HashMap<>();
        jdbc.sql("select p.document_id, p.id, p.file_id, p.number, p.cycle_year, p.period from proof p "
                        + "join evidence_document d on d.id = p.document_id where " + where
                        + " order by p.number, p.cycle_year, p.period nulls first")
                .param(param).query(rs -> {
                    uses.computeIfAbsent(rs.getObject("document_id", UUID.class), key -> new ArrayList<>())
                            .add(new LibraryDocument.Use(rs.getObject("id", UUID.class),
                                    rs.getObject("file_id", UUID.class), rs.getString("number"),
                                    null, rs.getInt("cycle_year"), (Integer) rs.getObject("period"), null));
                });
        return uses;
    }

    public static LibraryDocument withUses(LibraryDocument document, Map<UUID, List<LibraryDocument.Use>> uses) {
        return new LibraryDocument(document.id(), document.agencyId(), document.title(), document.documentDate(),
                document.kind(), document.storedFileId(), document.sha256(), document.contentType(), document.size(),
                document.createdByName(), document.createdAt(), List.copyOf(uses.getOrDefault(document.id(), List.of())));
    }

    private static LibraryDocument map(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long bytes = rs.wasNull() ? null : size;
        return new LibraryDocument(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("title"), rs.getObject("document_date", LocalDate.class),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getObject("stored_file_id", UUID.class),
                rs.getString("sha256"), rs.getString("content_type"), bytes, rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(), List.of());
    }
}
