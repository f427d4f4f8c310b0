package org.acredita.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.acredita.geo.MexicanState;
import org.acredita.geo.internal.Municipality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The states and municipalities tables: public reference data, without row-level security. */
@Repository
public class GeographyRepository {

    private static final String MUNICIPALITY = "select code, state_code, name, population from municipality";
    private static final String UPSERT = """
            insert into municipality (code, state_code, name, population, imported_at) values (?, ?, ?, ?, now())
            on conflict (code) do update set state_code = excluded.state_code, name = excluded.name,
                population = excluded.population, imported_at = excluded.imported_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    GeographyRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public List<MexicanState> states() {
        return jdbc.sql("select code, name, abbreviation from mexican_state order by code")
                .query(GeographyRepository::state).list();
    }

    public Optional<MexicanState> state(String code) {
        return jdbc.sql("select code, name, abbreviation from mexican_state where code = ?").param(code)
                .query(GeographyRepository::state).optional();
    }

    public Set<String> stateCodes() {
        return new HashSet<>(jdbc.sql("select code from mexican_state").query(String.class).list());
    }

    /** Municipalities per state code; states without any are absent. */
    public Map<String, Integer> municipalityCounts() {
        return jdbc.sql("select state_code, count(*) as municipalities from municipality group by state_code")
                .query((rs, row) -> Map.entry(rs.getString("state_code"), rs.getInt("municipalities"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** In no particular order: the service sorts by name the way Spanish speakers expect. */
    public List<Municipality> municipalities(String stateCode) {
        return jdbc.sql(MUNICIPALITY + " where state_code = ?").param(stateCode)
                .query(GeographyRepository::municipality).list();
    }

    public Optional<Municipality> municipality(String code) {
        return jdbc.sql(MUNICIPALITY + " where code = ?").param(code)
                .query(GeographyRepository::municipality).optional();
    }

    /**
     * Makes concurrent imports wait for each other until the end of the transaction, so the counts of
     * added and updated codes read under it stay true. Readers are not blocked.
     */
    public void lockForImport() {
        jdbc.sql("lock table municipality in exclusive mode").update();
    }

    /** Whether the catalogue holds any municipality: one index probe, cheap enough for every start. */
    public boolean hasMunicipalities() {
        return jdbc.sql("select exists (select 1 from municipality)").query(Boolean.class).single();
    }

    public Set<String> municipalityCodes() {
        return new HashSet<>(jdbc.sql("select code from municipality").query(String.class).list());
    }

    public void upsert(List<Municipality> municipalities) {
        batches.batchUpdate(UPSERT, municipalities, 500, (statement, municipality) -> {
            statement.setString(1, municipality.code());
            statement.setString(2, municipality.stateCode());
            statement.setString(3, municipality.name());
            if (municipality.population() == null) {
                statement.setNull(4, Types.INTEGER);
            } else {
                statement.setInt(4, municipality.population());
            }
        });
    }

    private static MexicanState state(ResultSet rs, int row) throws SQLException {
        return new MexicanState(rs.getString("code"), rs.getString("name"), rs.getString("abbreviation"));
    }

    private static Municipality municipality(ResultSet rs, int row) throws SQLException {
        int population = rs.getInt("population");
        return new Municipality(rs.getString("code"), rs.getString("state_code"), rs.getString("name"),
                rs.wasNull() ? null : population);
    }
}
