package org.acredita.programmes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.programmes.Cohort;
import org.acredita.programmes.Programme;
import org.acredita.programmes.internal.ProgrammeDraft;
import org.acredita.programmes.ProgrammeSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme rows with their goals and cohorts. Row-level security decides which memberships count. */
@Repository
public class ProgrammeRepository {

    private static final String COLUMNS = """
            p.id, p.name, p.description, p.funder_id, p.advisory_id, p.accreditor_id, p.starts_on, p.ends_on,
            p.budget, p.currency, p.months_law_enforcement, p.months_communications, p.months_training_academy,
            p.months_campus_security, p.pass_threshold, p.public_comment_notice_days
            """;

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Programmes the caller takes part in: everything for a programme-wide reader, else those of the
     * caller's organisation and those with an agency the caller sees (the policy hides the others' rows).
     */
    public List<Programme> visible(boolean everything, UUID organisationId) {
        List<Programme> rows = jdbc.sql("select " + COLUMNS + """
                from funded_programme p
                where ? or p.funder_id = ? or p.advisory_id = ? or p.accreditor_id = ?
                   or exists (select 1 from funded_programme_agency pa where pa.programme_id = p.id)
                order by p.starts_on desc, p.name
                """).param(everything).param(organisationId).param(organisationId).param(organisationId)
                .query(this::programme).list();
        Map<UUID, Map<AgencyKind, Integer>> goals = new java.util.HashMap<>();
        jdbc.sql("select programme_id, agency_kind, target from funded_programme_goal")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> goals
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(AgencyKind.class))
                        .put(AgencyKind.valueOf(rs.getString(2)), rs.getInt(3)));
        return rows.stream().map(p -> withGoals(p, goals.getOrDefault(p.id(), Map.of()))).toList();
    }

    /** One programme with its goals, in one statement, if it is among {@link #visible} ones. */
    public Optional<Programme> visible(UUID id, boolean everything, UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + """
                     , (select array_agg(g.agency_kind order by g.agency_kind) from funded_programme_goal g
                        where g.programme_id = p.id) as goal_kinds,
                       (select array_agg(g.target order by g.agency_kind) from funded_programme_goal g
                        where g.programme_id = p.id) as goal_targets
                from funded_programme p
                where p.id = ? and (? or p.funder_id = ? or p.advisory_id = ? or p.accreditor_id = ?
                   or exists (select 1 from funded_programme_agency pa where pa.programme_id = p.id))
                """).param(id).param(everything).param(organisationId).param(organisationId).param(organisationId)
                .query((rs, row) -> withGoals(programme(rs, row), goals(rs))).optional();
    }

    /**
     * {@link #visible} with the ids of the member agencies the caller may see (row-level security on the
     * memberships, as {@code MembershipRepository.ofProgramme} reads them), in one statement.
     */
    public Optional<Map.Entry<Programme, java.util.Set<UUID>>> visibleWithMembers(UUID id, boolean everything,
            UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + """
                     , (select array_agg(g.agency_kind order by g.agency_kind) from funded_programme_goal g
                        where g.programme_id = p.id) as goal_kinds,
                       (select array_agg(g.target order by g.agency_kind) from funded_programme_goal g
                        where g.programme_id = p.id) as goal_targets,
                       (select array_agg(m.agency_id) from funded_programme_agency m
                        where m.programme_id = p.id) as member_ids
                from funded_programme p
                where p.id = ? and (? or p.funder_id = ? or p.advisory_id = ? or p.accreditor_id = ?
                   or exists (select 1 from funded_programme_agency pa where pa.programme_id = p.id))
                """).param(id).param(everything).param(organisationId).param(organisationId).param(organisationId)
                .query((rs, row) -> Map.entry(withGoals(programme(rs, row), goals(rs)), members(rs))).optional();
    }

    private static java.util.Set<UUID> members(ResultSet rs) throws SQLException {
        java.sql.Array ids = rs.getArray("member_ids");
        return ids == null ? java.util.Set.of() : java.util.Set.of((UUID[]) ids.getArray());
    }

    private static Map<AgencyKind, Integer> goals(ResultSet rs) throws SQLException {
        Map<AgencyKind, Integer> goals = new EnumMap<>(AgencyKind.class);
        java.sql.Array kinds = rs.getArray("goal_kinds");
        if (kinds != null) {
            String[] names = (String[]) kinds.getArray();
            Integer[] targets = (Integer[]) rs.getArray("goal_targets").getArray();
            for (int i = 0; i < names.length; i++) {
                goals.put(AgencyKind.valueOf(names[i]), targets[i]);
            }
        }
        return goals;
    }

    public Optional<Programme> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from funded_programme p where p.id = ?").param(id)
                .query(this::programme).optional().map(this::withGoals);
    }

    public boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select exists (select 1 from funded_programme where lower(name) = lower(?) and id is distinct from ?)")
                .param(name).param(except).query(Boolean.class).single();
    }

    public void insert(UUID id, ProgrammeDraft draft) {
        jdbc.sql("""
                insert into funded_programme (id, name, description, funder_id, advisory_id, accreditor_id, starts_on, ends_on,
                    budget, currency, months_law_enforcement, months_communications, months_training_academy,
                    months_campus_security, pass_threshold, public_comment_notice_days)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(values(id, draft)).update();
        replaceGoals(id, draft.goals());
    }

    public void update(UUID id, ProgrammeDraft draft) {
        List<Object> values = values(id, draft);
        values.add(values.remove(0));
        jdbc.sql("""
                update funded_programme set name = ?, description = ?, funder_id = ?, advisory_id = ?, accreditor_id = ?,
                    starts_on = ?, ends_on = ?, budget = ?, currency = ?, months_law_enforcement = ?,
                    months_communications = ?, months_training_academy = ?, months_campus_security = ?,
                    pass_threshold = ?, public_comment_notice_days = ?, updated_at = now()
                where id = ?
                """).params(values).update();
        replaceGoals(id, draft.goals());
    }

    private static List<Object> values(UUID id, ProgrammeDraft draft) {
        ProgrammeSettings s = draft.settings();
        return new java.util.ArrayList<>(java.util.Arrays.asList(id, draft.name(), draft.description(),
                draft.funderId(), draft.advisoryId(), draft.accreditorId(), draft.startsOn(), draft.endsOn(),
                draft.budget(), draft.currency(), s.monthsLawEnforcement(), s.monthsCommunications(),
                s.monthsTrainingAcademy(), s.monthsCampusSecurity(), s.passThreshold(), s.publicCommentNoticeDays()));
    }

    private void replaceGoals(UUID id, Map<AgencyKind, Integer> goals) {
        jdbc.sql("delete from funded_programme_goal where programme_id = ?").param(id).update();
        goals.forEach((kind, target) -> jdbc.sql("insert into funded_programme_goal (programme_id, agency_kind, target) values (?, ?, ?)")
                .param(id).param(kind.name()).param(target).update());
    }

    public List<Cohort> cohorts(UUID programmeId) {
        return jdbc.sql("select id, programme_id, name, starts_on from funded_programme_cohort where programme_id = ? order by starts_on, name")
                .param(programmeId).query(ProgrammeRepository::cohort).list();
    }

    public boolean cohortNameTaken(UUID programmeId, String name) {
        return jdbc.sql("select exists (select 1 from funded_programme_cohort where programme_id = ? and lower(name) = lower(?))")
                .param(programmeId).param(name).query(Boolean.class).single();
    }

    public void insertCohort(Cohort cohort) {
        jdbc.sql("insert into funded_programme_cohort (id, programme_id, name, starts_on) values (?, ?, ?, ?)")
                .param(cohort.id()).param(cohort.programmeId()).param(cohort.name()).param(cohort.startsOn()).update();
    }

    /** Locks the programme row so concurrent changes to it and its members apply one after the other. */
    public void lock(UUID programmeId) {
        jdbc.sql("select id from funded_programme where id = ? for update").param(programmeId).query(UUID.class).optional();
    }

    static Cohort cohort(ResultSet rs, int row) throws SQLException {
        return new Cohort(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("name"), rs.getObject("starts_on", LocalDate.class));
    }

    private Programme withGoals(Programme programme) {
        Map<AgencyKind, Integer> goals = new EnumMap<>(AgencyKind.class);
        jdbc.sql("select agency_kind, target from funded_programme_goal where programme_id = ?").param(programme.id())
                .query((rs, row) -> goals.put(AgencyKind.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return withGoals(programme, goals);
    }

    private static Programme withGoals(Programme programme, Map<AgencyKind, Integer> goals) {
        return new Programme(programme.id(), programme.name(), programme.description(), programme.funderId(),
                programme.advisoryId(), programme.accreditorId(), programme.startsOn(), programme.endsOn(),
                programme.budget(), programme.currency(), programme.settings(), goals);
    }

    private Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("funder_id", UUID.class), rs.getObject("advisory_id", UUID.class),
                rs.getObject("accreditor_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getBigDecimal("budget"), rs.getString("currency"),
                new ProgrammeSettings(rs.getInt("months_law_enforcement"), rs.getInt("months_communications"),
                        rs.getInt("months_training_academy"), rs.getInt("months_campus_security"),
                        rs.getInt("pass_threshold"), rs.getInt("public_comment_notice_days")), Map.of());
    }
}
