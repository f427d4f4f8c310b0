package org.acredita.directives.suggestions;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions on suggested mappings, one per section, edition and standard. */
@Repository
class SuggestionDecisions {

    private final JdbcClient jdbc;

    SuggestionDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Decision> of(UUID agencyId, UUID sectionId, UUID editionId) {
        return jdbc.sql("""
                select standard_number, decision, elements, decided_at from mapping_suggestion_decision
                where agency_id = ? and section_id = ? and edition_id = ? order by decided_at, standard_number""")
                .params(agencyId, sectionId, editionId)
                .query((rs, row) -> new Decision(rs.getString("standard_number"),
                        Decision.Kind.valueOf(rs.getString("decision")), letters(rs.getArray("elements")),
                        rs.getTimestamp("decided_at").toInstant())).list();
    }

    /** Records the decision unless one exists for the section and standard; whether it was recorded. */
    boolean record(UUID agencyId, UUID sectionId, UUID editionId, String standardNumber, Decision.Kind kind,
            List<String> elements, UUID decidedBy) {
        return jdbc.sql("""
                insert into mapping_suggestion_decision
                    (agency_id, section_id, edition_id, standard_number, decision, elements, decided_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(agencyId, sectionId, editionId, standardNumber, kind.name(),
                        elements.toArray(String[]::new), decidedBy).update() == 1;
    }

    private static List<String> letters(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
