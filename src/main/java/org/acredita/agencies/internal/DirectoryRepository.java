package org.acredita.agencies.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.Reach;
import org.acredita.agencies.internal.AgencyFilter;
import org.acredita.agencies.internal.AgencyPage;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agency list filtered, sorted and paged in one query, so a deployment with thousands of agencies
 * never loads them all. Names come from {@code agency_directory}, the read-only view identity publishes
 * over its organisation table (V19): the one place this module reads identity's data in SQL, chosen
 * over loading every organisation through {@code Organisations.visible()} and filtering in memory.
 */
@Repository
public class DirectoryRepository {

    /** Each agency with its profile (if recorded) and its standing: its open enrolment's phase, else its latest. */
    private static final String FROM = """
            from agency_directory d
            left join agency_profile p on p.agency_id = d.agency_id
            left join lateral (select e.phase, e.programme from agency_enrolment e where e.agency_id = d.agency_id
                order by %s limit 1) s on true
            """.formatted(ProfileRepository.STANDING_ORDER);

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param reach the agencies the caller may see (row-level security applies as well)
     * @param number the page, from 1
     */
    public AgencyPage search(Reach reach, AgencyFilter filter, int number, int size) {
        if (!reach.all() && reach.agencies().isEmpty()) {
            return new AgencyPage(List.of(), number, size, 0);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!reach.all()) {
            conditions.add("d.agency_id = any (cast(:reach as uuid[]))");
            params.put("reach", reach.agencies().stream().map(UUID::toString)
                    .collect(Collectors.joining(",", "{", "}")));
        }
        if (filter.text() != null) {
            conditions.add("acredita_unaccent(lower(d.name)) like '%' || acredita_unaccent(lower(:text)) || '%'");
            params.put("text", filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (filter.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.state() != null) {
            conditions.add("p.state_code = :state");
            params.put("state", filter.state());
        }
        if (filter.phase() != null) {
            conditions.add("s.phase = :phase");
            params.put("phase", filter.phase().name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        params.put("size", size);
        params.put("offset", (long) (number - 1) * size);
        long[] total = {0};
        List<AgencySummary> agencies = jdbc.sql("select d.agency_id as directory_id, d.name as directory_name, p.*,"
                + " s.phase as standing_phase, s.programme as standing_programme, count(*) over () as total " + FROM
                + where + " order by acredita_unaccent(lower(d.name)), d.agency_id limit :size offset :offset")
                .params(params)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    String phase = rs.getString("standing_phase");
                    return new AgencySummary(rs.getObject("directory_id", UUID.class), rs.getString("directory_name"),
                            rs.getString("kind") == null ? null : ProfileRepository.map(rs, row),
                            phase == null ? null : Phase.valueOf(phase),
                            phase == null ? null : AccreditationProgramme.valueOf(rs.getString("standing_programme")));
                }).list();
        if (agencies.isEmpty() && number > 1) {
            // past the last page the window function has no row to tell the total
            total[0] = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        }
        return new AgencyPage(agencies, number, size, total[0]);
    }
}
