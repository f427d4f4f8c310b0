package org.acredita.directives.suggestions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.directives.internal.Directive;
import org.acredita.directives.internal.DirectiveRepository;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.Directives;
import org.acredita.directives.internal.Section;
import org.acredita.directives.internal.SectionRepository;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.selfassessment.WorkingEdition;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested mappings of a directive section to the standards of the agency's manual (the edition its accreditation
 * file is pinned to, else its programme's latest): whoever reads the agency sees them; its accreditation managers and
 * chief executive accept one (the mapping is made by {@link Directives#map}, validated and audited as any other) or
 * reject it. Both are recorded and audited, and a decided standard is never suggested for that section again.
 */
@Service
public class MappingSuggestions {

    /** Mapping is the managers' work; advisors, who help draft directives, read the suggestions only. */
    private static final Role[] DECIDERS = {Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER};

    private final AgencyGate gate;
    private final DirectiveRepository directives;
    private final SectionRepository sections;
    private final Directives mapping;
    private final WorkingEdition workingEdition;
    private final Manuals manuals;
    private final ManualIndexes indexes;
    private final SuggestionDecisions decisions;
    private final AuditTrail audit;

    MappingSuggestions(AgencyGate gate, DirectiveRepository directives, SectionRepository sections,
            Directives mapping, WorkingEdition workingEdition, Manuals manuals, ManualIndexes indexes,
            SuggestionDecisions decisions, AuditTrail audit) {
        this.gate = gate;
        this.directives = directives;
        this.sections = sections;
        this.mapping = mapping;
        this.workingEdition = workingEdition;
        this.manuals = manuals;
        this.indexes = indexes;
        this.decisions = decisions;
        this.audit = audit;
    }

    /** The section's suggestions, best first, in the reader's language ("es" or "en"). */
    @Transactional(readOnly = true)
    public SectionSuggestions suggestions(UUID agencyId, UUID directiveId, UUID sectionId, String language) {
        Organisation agency = gate.readable(agencyId);
        Located located = locate(agency, directiveId, sectionId);
        Optional<ManualEdition> edition = workingEdition.of(agency.id()).map(manuals::edition);
        if (edition.isEmpty()) {
            return new SectionSuggestions(sectionId, located.section().number(), null, null, null, List.of(),
                    List.of(), false);
        }
        ManualEdition manual = edition.get();
        List<Decision> decided = decisions.of(agency.id(), sectionId, manual.id());
        return new SectionSuggestions(sectionId, located.section().number(), manual.id(), manual.code(),
                manual.version(), suggest(located, manual, decided, language), decided,
                located.version().editable() && gate.mayWrite(agency.id(), DECIDERS));
    }

    /**
     * Accepts a current suggestion: maps the section to the standard's suggested elements (or to the elements given)
     * and records the acceptance. Returns how many mappings were new.
     */
    @Transactional
    public int accept(UUID agencyId, UUID directiveId, UUID sectionId, String standardNumber, List<String> elements,
            String language) {
        Organisation agency = gate.writable(agencyId, DECIDERS);
        Decided decided = decide(agency, directiveId, sectionId, standardNumber, language);
        List<String> letters = elements == null || elements.isEmpty() ? decided.suggestion().suggestedLetters()
                : elements;
        int added = mapping.map(agency.id(), directiveId, sectionId, decided.edition().id(),
                decided.suggestion().standardNumber(), letters);
        record(agency, decided, Decision.Kind.ACCEPTED, letters);
        return added;
    }

    /** Rejects a current suggestion: recorded, and the standard is not suggested for this section again. */
    @Transactional
    public void reject(UUID agencyId, UUID directiveId, UUID sectionId, String standardNumber, String language) {
        Organisation agency = gate.writable(agencyId, DECIDERS);
        record(agency, decide(agency, directiveId, sectionId, standardNumber, language), Decision.Kind.REJECTED,
                List.of());
    }

    /** The words the ranking reads: the section's heading and excerpt, with its directive's title as context. */
    static ManualIndex.SectionText text(String directiveTitle, String heading, String excerpt) {
        return new ManualIndex.SectionText(excerpt == null ? heading : heading + "\n" + excerpt, directiveTitle);
    }

    private record Located(Directive directive, DirectiveVersion version, Section section) {
    }

    private record Decided(Located located, ManualEdition edition, Suggestion suggestion) {
    }

    private Decided decide(Organisation agency, UUID directiveId, UUID sectionId, String standardNumber,
            String language) {
        Located located = locate(agency, directiveId, sectionId);
        if (!located.version().editable()) {
            throw new RuleViolation("directives.version.superseded", located.version().label());
        }
        ManualEdition edition = workingEdition.of(agency.id()).map(manuals::edition)
                .orElseThrow(() -> new RuleViolation("directives.suggestions.noManual"));
        String number = standardNumber == null ? "" : standardNumber.strip();
        Suggestion suggestion = suggest(located, edition, decisions.of(agency.id(), sectionId, edition.id()), language)
                .stream().filter(s -> s.standardNumber().equals(number)).findFirst()
                .orElseThrow(() -> RuleViolation.onField("standard", "directives.suggestions.notSuggested", number));
        return new Decided(located, edition, suggestion);
    }

    private void record(Organisation agency, Decided decided, Decision.Kind kind, List<String> letters) {
        Located located = decided.located();
        String number = decided.suggestion().standardNumber();
        boolean recorded = decisions.record(agency.id(), located.section().id(), decided.edition().id(), number, kind,
                letters.stream().filter(l -> l != null).toList(), CurrentScope.get().userId());
        if (!recorded) { // decided meanwhile by someone else: the mapping made above rolls back with this refusal
            throw RuleViolation.onField("standard", "directives.suggestions.notSuggested", number);
        }
        audit.record(kind == Decision.Kind.ACCEPTED ? "MAPPING_SUGGESTION_ACCEPTED" : "MAPPING_SUGGESTION_REJECTED",
                "directive-section", located.section().id().toString(), agency.id(), located.directive().code()
                        + " § " + located.section().number() + (kind == Decision.Kind.ACCEPTED ? " → " : " ↛ ")
                        + number + " (" + decided.edition().code() + " " + decided.edition().version() + ")");
    }

    private List<Suggestion> suggest(Located located, ManualEdition edition, List<Decision> decided, String language) {
        Set<String> excluded = new HashSet<>();
        located.section().mappings().stream().filter(m -> m.editionId().equals(edition.id()))
                .forEach(m -> excluded.add(m.standardNumber()));
        decided.forEach(d -> excluded.add(d.standardNumber()));
        Section section = located.section();
        return Suggester.suggest(indexes.of(edition), text(located.directive().title(), section.heading(),
                section.excerpt()), language, excluded);
    }

    private Located locate(Organisation agency, UUID directiveId, UUID sectionId) {
        SectionRepository.SectionRow row = sections.find(agency.id(), sectionId)
                .filter(s -> s.directiveId().equals(directiveId)).orElseThrow(NotFoundException::new);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion version = directives.version(agency.id(), directiveId, row.versionId())
                .orElseThrow(NotFoundException::new);
        Section section = sections.ofVersions(agency.id(), List.of(version.id())).getOrDefault(version.id(), List.of())
                .stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow(NotFoundException::new);
        return new Located(directive, version, section);
    }
}
