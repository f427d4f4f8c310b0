package org.acredita.storage.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored-file rows; row-level security hides other agencies' files. */
@Repository
public class StoredFileRepository {

    private static final String COLUMNS = "id, agency_id, owner_type, owner_id, sha256, size_bytes, content_type, "
            + "original_name, uploaded_by, uploaded_at";
    // Advisory lock key; the bytes spell "CONTENTS".
    private static final long CONTENT_LOCK = 0x434F_4E54_454E_5453L;
    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile file) {
        jdbc.sql("insert into stored_file (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), file.agencyId(), file.ownerType(), file.ownerId(), file.sha256(), file.size(),
                        file.contentType(), file.originalName(), file.uploadedBy(),
                        java.sql.Timestamp.from(file.uploadedAt()))
                .update();
    }

    /**
     * Records a file its owner keeps once per content; when the owner already has these bytes (a concurrent
     * request committed them first) nothing is written and that row is returned instead.
     */
    public KeptOnce insertOnce(StoredFile file) {
        boolean created = jdbc.sql("insert into stored_file (" + COLUMNS + ", kept_once) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true) "
                        + "on conflict (owner_type, owner_id, sha256) where kept_once do nothing")
                .params(file.id(), file.agencyId(), file.ownerType(), file.ownerId(), file.sha256(), file.size(),
                        file.contentType(), file.originalName(), file.uploadedBy(),
                        java.sql.Timestamp.from(file.uploadedAt()))
                .update() == 1;
        if (created) {
            return new KeptOnce(file, true);
        }
        return new KeptOnce(jdbc.sql("select " + COLUMNS + " from stored_file where owner_type = ? and owner_id = ? "
                        + "and sha256 = ? and kept_once").params(file.ownerType(), file.ownerId(), file.sha256())
                .query(StoredFileRepository::map).single(), false);
    }

    /** The row an owner keeps for some bytes, and whether this call wrote it. */
    public record KeptOnce(StoredFile file, boolean created) {
    }

    /**
     * Taken (shared) by every transaction that records a file, until it ends; the clean-up takes it exclusively
     * while it decides which contents nobody refers to and deletes them. So a content is never deleted between
     * a recording transaction's check that it is in the store and its commit.
     */
    public void holdContentsInUse() {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(CONTENT_LOCK).query((rs, row) -> true).single();
    }

    /** The clean-up's side of {@link #holdContentsInUse()}: false when a recording or another clean-up holds it. */
    public boolean tryLockContents() {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CONTENT_LOCK).query(Boolean.class).single();
    }

    /** Which of these contents some stored file refers to (the caller sees every agency). */
    public java.util.Set<String> referenced(java.util.Collection<String> sha256s) {
        return new java.util.HashSet<>(jdbc.sql("select distinct sha256 from stored_file where sha256 = any(?)")
                .param(sha256s.toArray(String[]::new)).query(String.class).list());
    }

    public Optional<StoredFile> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where id = ?").param(id)
                .query(StoredFileRepository::map).optional();
    }

    public List<StoredFile> findByOwner(String ownerType, String ownerId) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where owner_type = ? and owner_id = ? order by uploaded_at desc")
                .params(ownerType, ownerId).query(StoredFileRepository::map).list();
    }

    public List<StoredFile> findByAgency(UUID agencyId, String ownerType) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where agency_id = ? and owner_type = ? order by uploaded_at desc")
                .params(agencyId, ownerType).query(StoredFileRepository::map).list();
    }

    public int reassign(UUID agencyId, String ownerType, String fromOwnerId, String toOwnerId) {
        return jdbc.sql("update stored_file set owner_id = ? where agency_id = ? and owner_type = ? and owner_id = ?")
                .params(toOwnerId, agencyId, ownerType, fromOwnerId).update();
    }

    public void reassign(UUID id, String toOwnerId) {
        jdbc.sql("update stored_file set owner_id = ? where id = ?").params(toOwnerId, id).update();
    }

    /**
     * Gives files new owner ids in two steps, each first to an owner id of its own, so that files trading
     * places never meet on the same owner and content (kept-once files are unique there, checked per row).
     */
    public void reassign(java.util.Map<UUID, String> newOwners) {
        if (newOwners.isEmpty()) {
            return;
        }
        jdbc.sql("update stored_file set owner_id = id::text where id = any(?)")
                .param(newOwners.keySet().toArray(UUID[]::new)).update();
        newOwners.forEach(this::reassign);
    }

    public int delete(UUID id) {
        return jdbc.sql("delete from stored_file where id = ?").param(id).update();
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("owner_type"), rs.getString("owner_id"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getString("content_type"), rs.getString("original_name"), rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
