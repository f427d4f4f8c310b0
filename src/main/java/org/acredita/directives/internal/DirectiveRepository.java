package org.acredita.directives.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.directives.internal.Directive;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.Kind;
import org.acredita.directives.internal.VersionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Directives and their versions; row-level security hides other agencies' rows even if a check is forgotten. */
@Repository
public class DirectiveRepository {

    private static final String VERSION_COLUMNS = "id, agency_id, directive_id, label, status, approved_by, "
            + "approved_on, effective_date, superseded_on, superseded_by, body, change_summary";
    private final JdbcClient jdbc;

    DirectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Directive> ofAgency(UUID agencyId) {
        return jdbc.sql("select id, agency_id, code, title, kind, owner from directive where agency_id = ? order by code")
                .param(agencyId).query(DirectiveRepository::directive).list();
    }

    public Optional<Directive> find(UUID agencyId, UUID id) {
        return jdbc.sql("select id, agency_id, code, title, kind, owner from directive where agency_id = ? and id = ?")
                .params(agencyId, id).query(DirectiveRepository::directive).optional();
    }

    /** Locks the directive so two versions of it never take effect at once. */
    public Optional<Directive> lock(UUID agencyId, UUID id) {
        return jdbc.sql("select id, agency_id, code, title, kind, owner from directive where agency_id = ? and id = ? "
                + "for update").params(agencyId, id).query(DirectiveRepository::directive).optional();
    }

    public boolean codeTaken(UUID agencyId, String code) {
        return jdbc.sql("select count(*) from directive where agency_id = ? and lower(code) = lower(?)")
                .params(agencyId, code).query(Long.class).single() > 0;
    }

    public void insert(Directive directive) {
        jdbc.sql("insert into directive (id, agency_id, code, title, kind, owner) values (?, ?, ?, ?, ?, ?)")
                .params(directive.id(), directive.agencyId(), directive.code(), directive.title(),
                        directive.kind().name(), directive.owner()).update();
    }

    /** Every version of the agency's directives, newest first within a directive. */
    public List<DirectiveVersion> versionsOfAgency(UUID agencyId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from directive_version where agency_id = ? "
                + "order by directive_id, created_at desc").param(agencyId).query(DirectiveRepository::version).list();
    }

    public List<DirectiveVersion> versions(UUID agencyId, UUID directiveId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from directive_version where agency_id = ? and directive_id = ? "
                + "order by created_at desc").params(agencyId, directiveId).query(DirectiveRepository::version).list();
    }

    public Optional<DirectiveVersion> version(UUID agencyId, UUID directiveId, UUID id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from directive_version where agency_id = ? and directive_id = ? "
                + "and id = ?").params(agencyId, directiveId, id).query(DirectiveRepository::version).optional();
    }

    public boolean labelTaken(UUID directiveId, String label) {
        return jdbc.sql("select count(*) from directive_version where directive_id = ? and lower(label) = lower(?)")
                .params(directiveId, label).query(Long.class).single() > 0;
    }

    public void insert(DirectiveVersion version) {
        jdbc.sql("""
                insert into directive_version (id, agency_id, directive_id, label, status, body, change_summary)
                values (?, ?, ?, ?, ?, ?, ?)""").params(version.id(), version.agencyId(), version.directiveId(),
                version.label(), version.status().name(), version.body(), version.changeSummary()).update();
    }

    public void update(DirectiveVersion version) {
        jdbc.sql("""
                update directive_version set status = ?, approved_by = ?, approved_on = ?, effective_date = ?,
                    superseded_on = ?, superseded_by = ?
                where id = ? and agency_id = ?""").params(version.status().name(), version.approvedBy(),
                date(version.approvedOn()), date(version.effectiveDate()), date(version.supersededOn()),
                version.supersededBy(), version.id(), version.agencyId()).update();
    }

    private static Directive directive(ResultSet rs, int row) throws SQLException {
        return new Directive(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("code"), rs.getString("title"), Kind.valueOf(rs.getString("kind")), rs.getString("owner"));
    }

    private static DirectiveVersion version(ResultSet rs, int row) throws SQLException {
        return new DirectiveVersion(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getObject("directive_id", UUID.class), rs.getString("label"),
                VersionStatus.valueOf(rs.getString("status")), rs.getString("approved_by"),
                localDate(rs.getDate("approved_on")), localDate(rs.getDate("effective_date")),
                localDate(rs.getDate("superseded_on")), rs.getObject("superseded_by", UUID.class), rs.getString("body"),
                rs.getString("change_summary"));
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static LocalDate localDate(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
