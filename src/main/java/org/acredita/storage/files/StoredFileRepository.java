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
