package org.acredita.assessments.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.TeamRole;
import org.acredita.standards.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments module's own tables; row-level security keeps every query within the caller's reach. */
@Repository
public class AssessmentStore {

    private static final String SELECT = """
            select id, agency_id, file_id, enrolment_id, kind, status, window_start, window_end, scope_mode,
                   sample_percent, sample_seed, snapshot_hash, started_at, created_at
            from assessment""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    AssessmentStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** An assessment row without its team (names come from identity). */
    public record Row(UUID id, UUID agencyId, UUID fileId, UUID enrolmentId, AssessmentKind kind,
            AssessmentStatus status, LocalDate windowStart, LocalDate windowEnd, ScopeMode scopeMode,
            Integer samplePercent, Long sampleSeed, String snapshotHash, Instant startedAt, Instant createdAt) {
    }

    public record TeamRow(UUID assessmentId, UUID userId, TeamRole role, List<Integer> chapters) {
    }

    public UUID insert(UUID agencyId, UUID fileId, UUID enrolmentId, AssessmentKind kind, LocalDate start,
            LocalDate end, ScopeMode mode, Integer percent, Long seed, UUID createdBy) {
        return jdbc.sql("""
                insert into assessment (agency_id, file_id, enrolment_id, kind, status, window_start, window_end,
                                        scope_mode, sample_percent, sample_seed, created_by)
                values (?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, fileId, enrolmentId, kind.name(), start, end, mode.name(), percent, seed, createdBy)
                .query(UUID.class).single();
    }

    public void insertTeam(UUID assessmentId, UUID agencyId, List<TeamRow> members) {
        for (TeamRow member : members) {
            jdbc.sql("""
                    insert into assessment_team_member (assessment_id, agency_id, user_id, role, chapters)
                    values (?, ?, ?, ?, ?::int[])""")
                    .params(assessmentId, agencyId, member.userId(), member.role().name(),
                            "{" + String.join(",", member.chapters().stream().map(String::valueOf).toList()) + "}")
                    .update();
        }
    }

    /** The scope in the file's order: standard number to the reason it is in. */
    public void insertScope(UUID assessmentId, UUID agencyId, Map<String, String> reasons) {
        List<Object[]> rows = reasons.entrySet().stream()
                .map(e -> new Object[] {assessmentId, agencyId, e.getKey(), e.getValue()}).toList();
        batches.batchUpdate("insert into assessment_scope_standard (assessment_id, agency_id, number, reason) "
                + "values (?, ?, ?, ?)", rows);
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AssessmentStore::row).optional();
    }

    /** Every assessment row-level security lets the caller read, newest window first. */
    public List<Row> readable() {
        return jdbc.sql(SELECT + " order by window_start desc, created_at desc").query(AssessmentStore::row)
                .list();
    }

    public List<Row> ofAgency(UUID agencyId) {
        return jdbc.sql(SELECT + " where agency_id = ? order by window_start desc, created_at desc").param(agencyId)
                .query(AssessmentStore::row).list();
    }

    public List<TeamRow> teams(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select assessment_id, user_id, role, chapters from assessment_team_member
                where assessment_id = any(?) order by role desc, user_id""")
                .param(assessmentIds.toArray(UUID[]::new))
                .query((rs, n) -> new TeamRow(rs.getObject("assessment_id", UUID.class),
                        rs.getObject("user_id", UUID.class), TeamRole.valueOf(rs.getString("role")),
                        Arrays.stream((Integer[]) rs.getArray("chapters").getArray()).sorted().toList()))
                .list();
    }

    /** The status moves only from the one it was read in, so two callers never both move it. */
    public boolean moveStatus(UUID id, AssessmentStatus from, AssessmentStatus to) {
        return jdbc.sql("update assessment set status = ? where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public boolean markStarted(UUID id, String hash, Instant at, UUID by) {
        return jdbc.sql("""
                update assessment set status = 'IN_PROGRESS', snapshot_hash = ?, started_at = ?, started_by = ?
                where id = ? and status = 'PLANNED'""")
                .params(hash, Timestamp.from(at), by, id).update() == 1;
    }

    public Map<String, String> scope(UUID assessmentId) {
        Map<String, String> reasons = new LinkedHashMap<>();
        jdbc.sql("select number, reason from assessment_scope_standard where assessment_id = ?")
                .param(assessmentId)
                .query((RowCallbackHandler) rs -> reasons.put(rs.getString("number"), rs.getString("reason")));
        return reasons;
    }

    /** Standard numbers in the scope of the file's started assessments whose window began on or after the date. */
    public Set<String> coveredSince(UUID fileId, LocalDate since) {
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct s.number from assessment_scope_standard s
                join assessment a on a.id = s.assessment_id
                where a.file_id = ? and a.status <> 'PLANNED' and (?::date is null or a.window_start >= ?::date)""")
                .params(fileId, since, since).query(String.class).list());
    }

    /** Standards that stood returned (sent back by a reviewer) in an earlier snapshot of the file. */
    public Set<String> returnedInSnapshots(UUID fileId) {
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct s.number from assessment_snapshot_standard s
                join assessment a on a.id = s.assessment_id
                where a.file_id = ? and s.status = 'RETURNED'""").param(fileId).query(String.class).list());
    }

    public void insertSnapshot(UUID assessmentId, UUID agencyId, List<SnapshotStandard> standards) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> proofs = new ArrayList<>();
        int position = 0;
        for (SnapshotStandard s : standards) {
            rows.add(new Object[] {assessmentId, agencyId, position++, s.number(), s.chapter(),
                    s.title() == null ? null : s.title().es(), s.title() == null ? null : s.title().en(), s.level(),
                    s.status()});
            int p = 0;
            for (SnapshotStandard.Section x : s.sections()) {
                sections.add(new Object[] {assessmentId, agencyId, s.number(), p++, x.directiveCode(),
                        x.directiveTitle(), x.versionLabel(), x.sectionNumber(), x.heading(), x.text(),
                        "{" + String.join(",", x.elements()) + "}"});
            }
            p = 0;
            for (SnapshotStandard.ProofRef x : s.proofs()) {
                proofs.add(new Object[] {assessmentId, agencyId, s.number(), p++, x.proofId(), x.kind(), x.title(),
                        x.storedFileId(), x.sha256(), x.contentType(), x.size(), x.url(),
                        x.documentDate() == null ? null : Date.valueOf(x.documentDate()), x.cycleYear(), x.period()});
            }
        }
        batches.batchUpdate("""
                insert into assessment_snapshot_standard (assessment_id, agency_id, position, number, chapter, title_es,
                                                          title_en, level, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batches.batchUpdate("""
                insert into assessment_snapshot_section (assessment_id, agency_id, number, position, directive_code,
                    directive_title, version_label, section_number, heading, section_text, elements)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])""", sections);
        batches.batchUpdate("""
                insert into assessment_snapshot_proof (assessment_id, agency_id, number, position, proof_id, kind, title,
                    stored_file_id, sha256, content_type, size, url, document_date, cycle_year, period)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", proofs);
    }

    /** The frozen snapshot in scope order, in three queries whatever its size. */
    public List<SnapshotStandard> snapshot(UUID assessmentId, Map<String, String> reasons) {
        Map<String, List<SnapshotStandard.Section>> sections = new LinkedHashMap<>();
        jdbc.sql("""
                select number, directive_code, directive_title, version_label, section_number, heading, section_text,
                       elements
                from assessment_snapshot_section where assessment_id = ? order by number, position""")
                .param(assessmentId).query((RowCallbackHandler) rs -> sections
                        .computeIfAbsent(rs.getString("number"), k -> new ArrayList<>())
                        .add(new SnapshotStandard.Section(rs.getString("directive_code"),
                                rs.getString("directive_title"), rs.getString("version_label"),
                                rs.getString("section_number"), rs.getString("heading"), rs.getString("section_text"),
                                strings(rs.getArray("elements")))));
        Map<String, List<SnapshotStandard.ProofRef>> proofs = new LinkedHashMap<>();
        jdbc.sql("""
                select number, proof_id, kind, title, stored_file_id, sha256, content_type, size, url, document_date,
                       cycle_year, period
                from assessment_snapshot_proof where assessment_id = ? order by number, position""")
                .param(assessmentId).query((RowCallbackHandler) rs -> proofs
                        .computeIfAbsent(rs.getString("number"), k -> new ArrayList<>())
                        .add(new SnapshotStandard.ProofRef(rs.getObject("proof_id", UUID.class), rs.getString("kind"),
                                rs.getString("title"), rs.getObject("stored_file_id", UUID.class),
                                rs.getString("sha256"), rs.getString("content_type"),
                                rs.getObject("size", Long.class), rs.getString("url"),
                                rs.getObject("document_date", LocalDate.class), rs.getInt("cycle_year"),
                                rs.getObject("period", Integer.class))));
        return jdbc.sql("""
                select number, chapter, title_es, title_en, level, status from assessment_snapshot_standard
                where assessment_id = ? order by position""").param(assessmentId)
                .query((rs, n) -> {
                    String number = rs.getString("number");
                    return new SnapshotStandard(number, rs.getInt("chapter"),
                            Text.of(rs.getString("title_es"), rs.getString("title_en")), rs.getString("level"),
                            rs.getString("status"), reasons.get(number), sections.getOrDefault(number, List.of()),
                            proofs.getOrDefault(number, List.of()));
                }).list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getObject("file_id", UUID.class), rs.getObject("enrolment_id", UUID.class),
                AssessmentKind.valueOf(rs.getString("kind")), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class),
                ScopeMode.valueOf(rs.getString("scope_mode")), rs.getObject("sample_percent", Integer.class),
                rs.getObject("sample_seed", Long.class), rs.getString("snapshot_hash"),
                started == null ? null : started.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
