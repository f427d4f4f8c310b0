package org.acredita.directives.internal;

import java.util.List;
import java.util.Map;
import org.acredita.audit.AuditTrail;
import org.acredita.selfassessment.FileMigrated;
import org.acredita.standards.Manuals;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a file moves to a new edition, the agency's directive sections that satisfied the earlier standards are
 * mapped to the standards that continue them, element by element where the new standard has the same letter
 * (in the move's transaction); a link to a whole standard stays one. Earlier mappings stay with the earlier
 * edition.
 */
@Component
class MappingCarry {

    private final JdbcClient jdbc;
    private final Manuals manuals;
    private final AuditTrail audit;

    MappingCarry(JdbcClient jdbc, Manuals manuals, AuditTrail audit) {
        this.jdbc = jdbc;
        this.manuals = manuals;
        this.audit = audit;
    }

    @EventListener
    void on(FileMigrated moved) {
        Map<String, List<String>> letters = manuals.elementLetters(moved.toEditionId());
        int carried = 0;
        for (Map.Entry<String, List<String>> standard : moved.sources().entrySet()) {
            if (standard.getValue().isEmpty()) {
                continue;
            }
            List<String> newLetters = letters.getOrDefault(standard.getKey(), List.of());
            carried += jdbc.sql("""
                    insert into element_mapping (agency_id, section_id, edition_id, standard_number, element_letter)
                    select distinct m.agency_id, m.section_id, ?, ?,
                        case when cardinality(?::text[]) = 0 then null else m.element_letter end
                    from element_mapping m
                    where m.agency_id = ? and m.edition_id = ? and m.standard_number = any(?)
                      and (cardinality(?::text[]) = 0 or m.element_letter is null or m.element_letter = any(?::text[]))
                    on conflict do nothing""")
                    .params(moved.toEditionId(), standard.getKey(), newLetters.toArray(String[]::new),
                            moved.agencyId(), moved.fromEditionId(), standard.getValue().toArray(String[]::new),
                            newLetters.toArray(String[]::new), newLetters.toArray(String[]::new))
                    .update();
        }
        if (carried > 0) {
            audit.record("DIRECTIVE_MAPPINGS_CARRIED", "accreditation-file", moved.fileId().toString(),
                    moved.agencyId(), String.valueOf(carried));
        }
    }
}
