package org.acredita.agencies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.agencies.internal.AgencyContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies' contacts; row-level security hides other agencies' contacts. */
@Repository
public class ContactRepository {

    private static final String COLUMNS = "id, name, position_title, email, phone, notes, is_primary";

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AgencyContact> of(UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from agency_contact where agency_id = ? order by is_primary desc, sort, id")
                .param(agencyId).query(ContactRepository::map).list();
    }

    public Optional<AgencyContact> find(UUID agencyId, long id) {
        return jdbc.sql("select " + COLUMNS + " from agency_contact where agency_id = ? and id = ?")
                .params(agencyId, id).query(ContactRepository::map).optional();
    }

    public int count(UUID agencyId) {
        return jdbc.sql("select count(*) from agency_contact where agency_id = ?").param(agencyId)
                .query(Integer.class).single();
    }

    /** Makes room for a new primary contact: the unique index allows only one per agency. */
    public void clearPrimary(UUID agencyId) {
        jdbc.sql("update agency_contact set is_primary = false, updated_at = now() where agency_id = ? and is_primary")
                .param(agencyId).update();
    }

    public AgencyContact add(UUID agencyId, AgencyContact.Details d) {
        return jdbc.sql("""
                insert into agency_contact (agency_id, name, position_title, email, phone, notes, is_primary, sort)
                values (:agency, :name, :position, :email, :phone, :notes, :primary,
                    (select coalesce(max(sort), 0) + 1 from agency_contact where agency_id = :agency))
                returning """ + " " + COLUMNS)
                .param("agency", agencyId).param("name", d.name()).param("position", d.position())
                .param("email", d.email()).param("phone", d.phone()).param("notes", d.notes())
                .param("primary", d.primary()).query(ContactRepository::map).single();
    }

    public AgencyContact update(UUID agencyId, long id, AgencyContact.Details d) {
        return jdbc.sql("""
                update agency_contact set name = :name, position_title = :position, email = :email, phone = :phone,
                    notes = :notes, is_primary = :primary, updated_at = now()
                where agency_id = :agency and id = :id
                returning """ + " " + COLUMNS)
                .param("agency", agencyId).param("id", id).param("name", d.name()).param("position", d.position())
                .param("email", d.email()).param("phone", d.phone()).param("notes", d.notes())
                .param("primary", d.primary()).query(ContactRepository::map).single();
    }

    public void remove(UUID agencyId, long id) {
        jdbc.sql("delete from agency_contact where agency_id = ? and id = ?").params(agencyId, id).update();
    }

    private static AgencyContact map(ResultSet rs, int row) throws SQLException {
        return new AgencyContact(rs.getLong("id"), rs.getString("name"), rs.getString("position_title"),
                rs.getString("email"), rs.getString("phone"), rs.getString("notes"), rs.getBoolean("is_primary"));
    }
}
