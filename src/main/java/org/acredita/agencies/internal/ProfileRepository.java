package org.acredita.agencies.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.agencies.internal.AccreditationManager;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agency profiles and their accreditation managers; row-level security hides other agencies. */
@Repository
public class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencyProfile> find(UUID agencyId) {
        return jdbc.sql("select * from agency_profile where agency_id = ?").param(agencyId)
                .query(ProfileRepository::map).optional();
    }

    public Map<UUID, AgencyProfile> all() {
        return jdbc.sql("select * from agency_profile").query(ProfileRepository::map).stream()
                .collect(Collectors.toMap(AgencyProfile::agencyId, p -> p));
    }

    /** Orders an agency's enrolments so that the one it stands in comes first: open ones, then the latest. */
    static final String STANDING_ORDER = Phase.FINAL.stream().map(phase -> "'" + phase.name() + "'")
            .sorted().collect(Collectors.joining(", ", "(phase in (", ")), updated_at desc"));

    /** The phase shown for each agency: its open enrolment's, else its latest. */
    public record Standing(Phase phase, AccreditationProgramme programme) {
    }

    public Map<UUID, Standing> standings() {
        return jdbc.sql("select distinct on (agency_id) agency_id, phase, programme from agency_enrolment"
                + " order by agency_id, " + STANDING_ORDER).query((rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        new Standing(Phase.valueOf(rs.getString(2)), AccreditationProgramme.valueOf(rs.getString(3)))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One agency's standing, as {@link #standings()} gives it, without reading every agency's enrolments. */
    public Optional<Standing> standing(UUID agencyId) {
        return jdbc.sql("select phase, programme from agency_enrolment where agency_id = ? order by "
                + STANDING_ORDER + " limit 1").param(agencyId)
                .query((rs, row) -> new Standing(Phase.valueOf(rs.getString(1)), AccreditationProgramme.valueOf(rs.getString(2))))
                .optional();
    }

    public void save(AgencyProfile profile) {
        jdbc.sql("""
                insert into agency_profile (agency_id, kind, centre_type, level, state_code, municipality_code,
                    parent_secretariat, sworn_personnel, civilian_personnel, population_served, functions,
                    chief_executive, preferred_language)
                values (:agency, :kind, :centre, :level, :state, :municipality, :parent, :sworn, :civilian, :population,
                    cast(:functions as text[]), :chief, :language)
                on conflict (agency_id) do update set kind = excluded.kind, centre_type = excluded.centre_type,
                    level = excluded.level, state_code = excluded.state_code,
                    municipality_code = excluded.municipality_code, parent_secretariat = excluded.parent_secretariat,
                    sworn_personnel = excluded.sworn_personnel, civilian_personnel = excluded.civilian_personnel,
                    population_served = excluded.population_served, functions = excluded.functions,
                    chief_executive = excluded.chief_executive, preferred_language = excluded.preferred_language,
                    updated_at = now()
                """)
                .param("agency", profile.agencyId()).param("kind", profile.kind().name())
                .param("centre", profile.centreType() == null ? null : profile.centreType().name())
                .param("level", profile.level().name()).param("state", profile.stateCode())
                .param("municipality", profile.municipalityCode()).param("parent", profile.parentSecretariat())
                .param("sworn", profile.swornPersonnel()).param("civilian", profile.civilianPersonnel())
                .param("population", profile.populationServed())
                .param("functions", "{" + String.join(",", profile.functions()) + "}")
                .param("chief", profile.chiefExecutive()).param("language", profile.preferredLanguage())
                .update();
    }

    public List<AccreditationManager> managers(UUID agencyId) {
        return jdbc.sql("select id, name, email, started_on, ended_on, notes from accreditation_manager "
                + "where agency_id = ? order by started_on desc, id desc").param(agencyId)
                .query((rs, row) -> new AccreditationManager(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getString(6)))
                .list();
    }

    /** Ends the current term (if any) the day before the new one starts, and opens the new one. */
    public void handOver(UUID agencyId, String name, String email, LocalDate startsOn, String notes) {
        jdbc.sql("update accreditation_manager set ended_on = greatest(started_on, ?) where agency_id = ? and ended_on is null")
                .params(Date.valueOf(startsOn.minusDays(1)), agencyId).update();
        jdbc.sql("insert into accreditation_manager (agency_id, name, email, started_on, notes) values (?, ?, ?, ?, ?)")
                .params(agencyId, name, email, Date.valueOf(startsOn), notes).update();
    }

    static AgencyProfile map(ResultSet rs, int row) throws SQLException {
        String centre = rs.getString("centre_type");
        int population = rs.getInt("population_served");
        Integer populationServed = rs.wasNull() ? null : population;
        return new AgencyProfile(rs.getObject("agency_id", UUID.class), AgencyKind.valueOf(rs.getString("kind")),
                centre == null ? null : AgencyKind.CentreType.valueOf(centre),
                GovernmentLevel.valueOf(rs.getString("level")), rs.getString("state_code"),
                rs.getString("municipality_code"), rs.getString("parent_secretariat"), rs.getInt("sworn_personnel"),
                rs.getInt("civilian_personnel"), populationServed, functions(rs.getArray("functions")),
                rs.getString("chief_executive"), rs.getString("preferred_language"));
    }

    private static List<String> functions(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
