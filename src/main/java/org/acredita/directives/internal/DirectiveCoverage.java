package org.acredita.directives.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.AgencyGate;
import org.acredita.access.NotFoundException;
import org.acredita.directives.internal.CoverageQueries;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which elements of an edition's standards an agency's directives in effect satisfy. Other modules (an
 * accreditation file with hundreds of standards) call the bulk form: one query however many standards.
 */
@Service
public class DirectiveCoverage {

    private final CoverageQueries queries;
    private final AgencyGate gate;
    private final Manuals manuals;

    DirectiveCoverage(CoverageQueries queries, AgencyGate gate, Manuals manuals) {
        this.queries = queries;
        this.gate = gate;
        this.manuals = manuals;
    }

    /** Every standard of the edition, in the manual's order, with each element covered or not. */
    @Transactional(readOnly = true)
    public Map<String, StandardCoverage> coverage(UUID agencyId, UUID editionId) {
        return queries.coverage(readable(agencyId), manuals.edition(editionId).id(), manuals.elementLetters(editionId));
    }

    /** One standard's coverage; not found when the edition has no such standard. */
    @Transactional(readOnly = true)
    public StandardCoverage coverage(UUID agencyId, UUID editionId, String standardNumber) {
        StandardCoverage coverage = queries.coverage(readable(agencyId), manuals.edition(editionId).id(),
                standardNumber, manuals.elementLetters(editionId)).get(standardNumber);
        if (coverage == null) {
            throw new NotFoundException();
        }
        return coverage;
    }

    /** Elements covered and elements in all over an edition, for summaries. */
    public record Totals(long covered, long elements) {

        public static Totals of(Map<String, StandardCoverage> coverage) {
            List<ElementCoverage> all = coverage.values().stream().flatMap(s -> s.elements().stream()).toList();
            return new Totals(all.stream().filter(ElementCoverage::covered).count(), all.size());
        }

        public long percent() {
            return elements == 0 ? 0 : Math.round(100.0 * covered / elements);
        }
    }

    /** The edition the agency maps most to, the natural default for its coverage; absent before any mapping. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> usualEdition(UUID agencyId) {
        return queries.mostMappedEdition(readable(agencyId));
    }

    private UUID readable(UUID agencyId) {
        return gate.readable(agencyId).id();
    }
}
