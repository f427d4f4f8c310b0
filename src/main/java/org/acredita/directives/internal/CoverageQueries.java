package org.acredita.directives.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.directives.ElementCoverage;
import org.acredita.directives.SectionRef;
import org.acredita.directives.StandardCoverage;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coverage of an edition's standards by an agency's directives in effect, in one query: every element of
 * every standard (or the standard itself when it has no elements) joined with the sections mapped to it.
 */
@Repository
public class CoverageQueries {

    private static final String QUERY = """
            select s.number, e.letter, d.id as directive_id, d.code, d.title, ds.id as section_id,
                   ds.number as section_number, ds.heading
            from standard s
            left join element e on e.standard_id = s.id
            left join (element_mapping m
                       join directive_section ds on ds.id = m.section_id
                       join directive_version v on v.id = ds.version_id and v.status = 'IN_EFFECT'
                       join directive d on d.id = v.directive_id)
                   on m.agency_id = ? and m.edition_id = s.edition_id and m.standard_number = s.number
                      and m.element_letter is not distinct from e.letter
            where s.edition_id = ? %s
            order by s.sort_key, e.letter nulls first, d.code, ds.position""";

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per standard number, in the manual's order. */
    public Map<String, StandardCoverage> coverage(UUID agencyId, UUID editionId) {
        return collect(jdbc.sql(QUERY.formatted("")).params(agencyId, editionId));
    }

    public Map<String, StandardCoverage> coverage(UUID agencyId, UUID editionId, String standardNumber) {
        return collect(jdbc.sql(QUERY.formatted("and s.number = ?")).params(agencyId, editionId, standardNumber));
    }

    public java.util.Optional<UUID> mostMappedEdition(UUID agencyId) {
        return jdbc.sql("select edition_id from element_mapping where agency_id = ? group by edition_id "
                + "order by count(*) desc limit 1").param(agencyId).query(UUID.class).optional();
    }

    private static Map<String, StandardCoverage> collect(JdbcClient.StatementSpec statement) {
        Map<String, Map<String, List<SectionRef>>> byStandard = new LinkedHashMap<>();
        statement.query((RowCallbackHandler) rs -> {
            Map<String, List<SectionRef>> elements = byStandard.computeIfAbsent(rs.getString("number"),
                    k -> new LinkedHashMap<>());
            // A null letter (standard without elements) is kept under "" because the map needs a key.
            List<SectionRef> sections = elements.computeIfAbsent(
                    rs.getString("letter") == null ? "" : rs.getString("letter"), k -> new ArrayList<>());
            UUID section = rs.getObject("section_id", UUID.class);
            if (section != null) {
                sections.add(new SectionRef(rs.getObject("directive_id", UUID.class), rs.getString("code"),
                        rs.getString("title"), section, rs.getString("section_number"), rs.getString("heading")));
            }
        });
        Map<String, StandardCoverage> coverage = new LinkedHashMap<>();
        byStandard.forEach((number, elements) -> coverage.put(number, new StandardCoverage(number,
                elements.entrySet().stream().map(e -> new ElementCoverage(e.getKey().isEmpty() ? null : e.getKey(),
                        List.copyOf(e.getValue()))).toList())));
        return coverage;
    }
}
