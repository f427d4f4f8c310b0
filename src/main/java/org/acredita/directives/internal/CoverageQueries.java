package org.acredita.directives.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.directives.internal.ElementCoverage;
import org.acredita.directives.internal.SectionRef;
import org.acredita.directives.internal.StandardCoverage;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sections of an agency's directives in effect mapped to an edition, in one query over this module's
 * own tables; {@link #coverage} lays them over the edition's standards and elements (from the standards
 * module's public API), so every element shows covered or not.
 */
@Repository
public class CoverageQueries {

    private static final String QUERY = """
            select m.standard_number, m.element_letter, d.id as directive_id, d.code, d.title, ds.id as section_id,
                   ds.number as section_number, ds.heading
            from element_mapping m
            join directive_section ds on ds.id = m.section_id
            join directive_version v on v.id = ds.version_id and v.status = 'IN_EFFECT'
            join directive d on d.id = v.directive_id
            where m.agency_id = ? and m.edition_id = ? %s
            order by d.code, ds.position""";

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per standard number, in the manual's order ({@code letters}: each standard's element letters). */
    public Map<String, StandardCoverage> coverage(UUID agencyId, UUID editionId, Map<String, List<String>> letters) {
        return lay(letters, mapped(jdbc.sql(QUERY.formatted("")).params(agencyId, editionId)));
    }

    public Map<String, StandardCoverage> coverage(UUID agencyId, UUID editionId, String standardNumber,
            Map<String, List<String>> letters) {
        if (!letters.containsKey(standardNumber)) {
            return Map.of();
        }
        return lay(Map.of(standardNumber, letters.get(standardNumber)),
                mapped(jdbc.sql(QUERY.formatted("and m.standard_number = ?")).params(agencyId, editionId, standardNumber)));
    }

    public java.util.Optional<UUID> mostMappedEdition(UUID agencyId) {
        return jdbc.sql("select edition_id from element_mapping where agency_id = ? group by edition_id "
                + "order by count(*) desc limit 1").param(agencyId).query(UUID.class).optional();
    }

    /** Sections by "number|letter" (letter empty for a mapping to a standard without elements). */
    private static Map<String, List<SectionRef>> mapped(JdbcClient.StatementSpec statement) {
        Map<String, List<SectionRef>> sections = new LinkedHashMap<>();
        statement.query((RowCallbackHandler) rs -> sections.computeIfAbsent(key(rs.getString("standard_number"),
                        rs.getString("element_letter")), k -> new ArrayList<>())
                .add(new SectionRef(rs.getObject("directive_id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getObject("section_id", UUID.class), rs.getString("section_number"),
                        rs.getString("heading"))));
        return sections;
    }

    /** Every standard, and each of its elements (or the standard itself when it has none), with its sections. */
    private static Map<String, StandardCoverage> lay(Map<String, List<String>> letters,
            Map<String, List<SectionRef>> sections) {
        Map<String, StandardCoverage> coverage = new LinkedHashMap<>();
        letters.forEach((number, elements) -> {
            List<String> slots = elements.isEmpty() ? java.util.Collections.singletonList(null) : elements;
            coverage.put(number, new StandardCoverage(number, slots.stream().map(letter -> new ElementCoverage(letter,
                    List.copyOf(sections.getOrDefault(key(number, letter), List.of())))).toList()));
        });
        return coverage;
    }

    private static String key(String number, String letter) {
        return number + "|" + (letter == null ? "" : letter);
    }
}
