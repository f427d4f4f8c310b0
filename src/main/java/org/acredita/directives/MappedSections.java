package org.acredita.directives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.AgencyGate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text of an agency's directives in effect, per standard number of an edition it is mapped to, for
 * modules that keep what a reviewer read (an assessment's snapshot). Whoever reads the agency reads it.
 */
@Service
public class MappedSections {

    private static final String QUERY = """
            select m.standard_number, d.code, d.title, v.label, ds.number as section_number, ds.heading, ds.excerpt,
                   array_remove(array_agg(distinct m.element_letter), null) as letters
            from element_mapping m
            join directive_section ds on ds.id = m.section_id
            join directive_version v on v.id = ds.version_id and v.status = 'IN_EFFECT'
            join directive d on d.id = v.directive_id
            where m.agency_id = ? and m.edition_id = ?
            group by m.standard_number, d.code, d.title, v.label, ds.id, ds.number, ds.heading, ds.excerpt, ds.position
            order by m.standard_number, d.code, ds.position""";

    private final JdbcClient jdbc;
    private final AgencyGate gate;

    MappedSections(JdbcClient jdbc, AgencyGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    /** Standard number to the sections in effect mapped to it (directive code, then section order); one query. */
    @Transactional(readOnly = true)
    public Map<String, List<MappedSection>> of(UUID agencyId, UUID editionId) {
        UUID agency = gate.readable(agencyId).id();
        Map<String, List<MappedSection>> sections = new LinkedHashMap<>();
        jdbc.sql(QUERY).params(agency, editionId).query((RowCallbackHandler) rs -> {
            String[] letters = (String[]) rs.getArray("letters").getArray();
            Arrays.sort(letters);
            sections.computeIfAbsent(rs.getString("standard_number"), k -> new ArrayList<>())
                    .add(new MappedSection(rs.getString("code"), rs.getString("title"), rs.getString("label"),
                            rs.getString("section_number"), rs.getString("heading"), rs.getString("excerpt"),
                            List.of(letters)));
        });
        return sections;
    }
}
