package org.acredita.directives.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.identity.AgencyGate;
import org.acredita.access.Role;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.directives.internal.DirectiveRepository;
import org.acredita.directives.internal.DirectiveIndexing;
import org.acredita.directives.internal.SectionRepository;
import org.acredita.directives.internal.SectionRepository.SectionRow;
import org.acredita.identity.Organisation;
import org.acredita.standards.Manuals;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's written directives. Whoever may read the agency reads them; the agency's own people and its
 * advisors (who help draft policies) write them. The accreditation body's staff and funders only read: the
 * reviewers judge these documents, so they must not author them. Every change is validated whole before
 * anything is written, and audited.
 */
@Service
public class Directives {

    /** Owner type of document files in the file store; the owner id is the version's id. */
    public static final String DOCUMENT = "directive-document";
    private static final int MAX_LETTERS = 26;
    /** The agency's people and its advisors write directives; reviewers and funders only read them. */
    private static final Role[] WRITERS = {Role.ADMIN, Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER, Role.AGENCY_STAFF,
        Role.ADVISOR, Role.REGIONAL_MANAGER};

    private final DirectiveRepository directives;
    private final SectionRepository sections;
    private final AgencyGate gate;
    private final Manuals manuals;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final DirectiveIndexing indexing;
    private final TransactionTemplate transactions;

    Directives(DirectiveRepository directives, SectionRepository sections, AgencyGate gate, Manuals manuals,
            StoredFiles files, AuditTrail audit, DirectiveIndexing indexing, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.indexing = indexing;
        this.directives = directives;
        this.sections = sections;
        this.gate = gate;
        this.manuals = manuals;
        this.files = files;
        this.audit = audit;
    }

    /** The agency's directives with their current version: the one in effect, else the newest. */
    @Transactional(readOnly = true)
    public List<DirectiveSummary> list(UUID agencyId) {
        Organisation agency = agency(agencyId);
        Map<UUID, List<DirectiveVersion>> versions = new java.util.HashMap<>();
        directives.versionsOfAgency(agency.id())
                .forEach(v -> versions.computeIfAbsent(v.directiveId(), k -> new ArrayList<>()).add(v));
        List<DirectiveSummary> list = new ArrayList<>();
        List<Directive> all = directives.ofAgency(agency.id());
        Map<UUID, DirectiveVersion> current = new java.util.HashMap<>();
        all.forEach(d -> current(versions.getOrDefault(d.id(), List.of())).ifPresent(v -> current.put(d.id(), v)));
        Map<UUID, List<Section>> byVersion = sections.ofVersions(agency.id(),
                current.values().stream().map(DirectiveVersion::id).toList());
        for (Directive directive : all) {
            DirectiveVersion version = current.get(directive.id());
            List<Section> parts = version == null ? List.of() : byVersion.getOrDefault(version.id(), List.of());
            int mapped = (int) parts.stream().flatMap(s -> s.mappings().stream())
                    .map(m -> m.editionId() + " " + m.reference()).distinct().count();
            list.add(new DirectiveSummary(directive, version, versions.getOrDefault(directive.id(), List.of()).size(),
                    parts.size(), mapped));
        }
        return list;
    }

    @Transactional(readOnly = true)
    public DirectiveView directive(UUID agencyId, UUID directiveId) {
        Organisation agency = agency(agencyId);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        List<DirectiveVersion> versions = directives.versions(agency.id(), directive.id());
        Map<UUID, List<Section>> byVersion = sections.ofVersions(agency.id(),
                versions.stream().map(DirectiveVersion::id).toList());
        return new DirectiveView(directive, versions.stream().map(v -> new VersionView(v,
                byVersion.getOrDefault(v.id(), List.of()), files.list(agency.id(), DOCUMENT, v.id().toString())))
                .toList());
    }

    /** Whether the caller may change this agency's directives. */
    public boolean mayEdit(UUID agencyId) {
        return gate.mayWrite(agencyId, WRITERS);
    }

    @Transactional
    public Directive create(UUID agencyId, DirectiveDraft draft) {
        Organisation agency = editable(agencyId);
        if (draft.kind() == null) {
            throw RuleViolation.onField("kind", "directives.kind.required");
        }
        String code = Texts.required(draft.code(), 40, "code", "directives.code.invalid");
        Directive directive = new Directive(UUID.randomUUID(), agency.id(), code,
                Texts.required(draft.title(), 200, "title", "directives.title.invalid"), draft.kind(),
                Texts.optional(draft.owner(), 200, "owner", "directives.owner.tooLong"));
        if (directives.codeTaken(agency.id(), code)) {
            throw RuleViolation.onField("code", "directives.code.taken", code);
        }
        directives.insert(directive);
        audit.record("DIRECTIVE_CREATED", "directive", directive.id().toString(), agency.id(),
                directive.code() + " · " + directive.title());
        return directive;
    }

    /** Starts a draft version; with {@code copySections} it begins with the latest version's sections and mappings. */
    @Transactional
    public DirectiveVersion startVersion(UUID agencyId, UUID directiveId, VersionDraft draft) {
        Organisation agency = editable(agencyId);
        Directive directive = directives.lock(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion version = VersionRules.started(new DirectiveVersion(UUID.randomUUID(), agency.id(),
                directive.id(), draft.label(), VersionStatus.DRAFT, null, null, null, null, null, draft.body(),
                draft.changeSummary()));
        if (directives.labelTaken(directive.id(), version.label())) {
            throw RuleViolation.onField("label", "directives.version.label.taken", version.label());
        }
        Optional<DirectiveVersion> latest = directives.versions(agency.id(), directive.id()).stream().findFirst();
        directives.insert(version);
        if (draft.copying() && latest.isPresent()) {
            sections.copy(agency.id(), latest.get().id(), version.id());
        }
        indexing.index(directive, version, DOCUMENT, Map.of()); // a new version has no documents yet
        audit.record("DIRECTIVE_VERSION_CREATED", "directive-version", version.id().toString(), agency.id(),
                directive.code() + " · " + version.label()
                        + (draft.copying() && latest.isPresent() ? " ← " + latest.get().label() : ""));
        return version;
    }

    @Transactional
    public DirectiveVersion approve(UUID agencyId, UUID directiveId, UUID versionId, String approvedBy,
            LocalDate approvedOn) {
        Organisation agency = editable(agencyId);
        Directive directive = directives.lock(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion approved = VersionRules.approved(version(directive, versionId), approvedBy, approvedOn);
        directives.update(approved);
        audit.record("DIRECTIVE_VERSION_APPROVED", "directive-version", approved.id().toString(), agency.id(),
                directive.code() + " · " + approved.label() + " · " + approved.approvedBy() + " · "
                        + approved.approvedOn());
        return approved;
    }

    /** Puts an approved version in effect and supersedes the one in effect until then, both recorded. */
    @Transactional
    public DirectiveVersion putInEffect(UUID agencyId, UUID directiveId, UUID versionId, LocalDate effectiveDate) {
        Organisation agency = editable(agencyId);
        Directive directive = directives.lock(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion version = version(directive, versionId);
        Optional<DirectiveVersion> current = directives.versions(agency.id(), directive.id()).stream()
                .filter(v -> v.status() == VersionStatus.IN_EFFECT).findFirst();
        VersionRules.Effect effect = VersionRules.takingEffect(version, effectiveDate, current);
        effect.superseded().ifPresent(old -> {
            directives.update(old);
            audit.record("DIRECTIVE_VERSION_SUPERSEDED", "directive-version", old.id().toString(), agency.id(),
                    directive.code() + " · " + old.label() + " → " + version.label() + " · " + old.supersededOn());
        });
        directives.update(effect.inEffect());
        audit.record("DIRECTIVE_VERSION_IN_EFFECT", "directive-version", version.id().toString(), agency.id(),
                directive.code() + " · " + version.label() + " · " + effectiveDate);
        return effect.inEffect();
    }

    /**
     * Checks, takes the bytes into the file store and extracts the version's documents' words outside any
     * transaction, then records them in a short one.
     */
    public StoredFile addDocument(UUID agencyId, UUID directiveId, UUID versionId, String fileName,
            InputStream content) {
        Organisation writable = editable(agencyId);
        editableVersion(directives.find(writable.id(), directiveId).orElseThrow(NotFoundException::new), versionId);
        ReceivedFile received = files.receive(writable.id(), fileName, content);
        Map<String, String> words = indexing.wordsOfDocuments(writable.id(), versionId, DOCUMENT, received);
        return transactions.execute(status -> recordDocument(agencyId, directiveId, versionId, received, words));
    }

    private StoredFile recordDocument(UUID agencyId, UUID directiveId, UUID versionId, ReceivedFile received,
            Map<String, String> words) {
        Organisation agency = editable(agencyId);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion version = editableVersion(directive, versionId);
        StoredFile file = files.record(received, DOCUMENT, version.id().toString());
        indexing.index(directive, version, DOCUMENT, words);
        audit.record("DIRECTIVE_DOCUMENT_ADDED", "directive-version", version.id().toString(), agency.id(),
                directive.code() + " · " + version.label() + " · " + file.originalName());
        return file;
    }

    /** Checks, extracts the version's documents' words outside any transaction, then adds the section in one. */
    public Section addSection(UUID agencyId, UUID directiveId, UUID versionId, SectionDraft draft) {
        Organisation writable = editable(agencyId);
        editableVersion(directives.find(writable.id(), directiveId).orElseThrow(NotFoundException::new), versionId);
        Map<String, String> words = indexing.wordsOfDocuments(writable.id(), versionId, DOCUMENT, null);
        return transactions.execute(status -> recordSection(agencyId, directiveId, versionId, draft, words));
    }

    private Section recordSection(UUID agencyId, UUID directiveId, UUID versionId, SectionDraft draft,
            Map<String, String> words) {
        Organisation agency = editable(agencyId);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        DirectiveVersion version = editableVersion(directive, versionId);
        Section section = new Section(UUID.randomUUID(), version.id(),
                Texts.required(draft.number(), 20, "number", "directives.section.number.invalid"),
                Texts.required(draft.heading(), 200, "heading", "directives.section.heading.invalid"),
                Texts.optional(draft.excerpt(), 4000, "excerpt", "directives.section.excerpt.tooLong"), List.of());
        if (sections.numberTaken(version.id(), section.number())) {
            throw RuleViolation.onField("number", "directives.section.number.taken", section.number());
        }
        sections.insert(agency.id(), version.id(), section);
        indexing.index(directive, version, DOCUMENT, words);
        audit.record("DIRECTIVE_SECTION_ADDED", "directive-section", section.id().toString(), agency.id(),
                directive.code() + " · " + version.label() + " · " + section.number() + " " + section.heading());
        return section;
    }

    /**
     * Maps a section to elements of a standard of an edition; the standard and every letter must exist there.
     * A standard without elements is mapped as a whole with no letters. Returns how many mappings were new.
     */
    @Transactional
    public int map(UUID agencyId, UUID directiveId, UUID sectionId, UUID editionId, String standardNumber,
            List<String> letters) {
        Organisation agency = editable(agencyId);
        SectionRow section = sections.find(agency.id(), sectionId)
                .filter(s -> s.directiveId().equals(directiveId)).orElseThrow(NotFoundException::new);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        editableVersion(directive, section.versionId());
        String number = Texts.clean(standardNumber);
        List<String> known = elementsOf(editionId, number)
                .orElseThrow(() -> RuleViolation.onField("standard", "directives.mapping.standard.unknown",
                        number == null ? "" : number));
        List<String> chosen = chosen(letters, known, number);
        int added = sections.map(agency.id(), section.id(), editionId, number, chosen);
        audit.record("DIRECTIVE_SECTION_MAPPED", "directive-section", section.id().toString(), agency.id(),
                directive.code() + " → " + number + (known.isEmpty() ? "" : " " + String.join(", ", chosen)));
        return added;
    }

    @Transactional
    public void unmap(UUID agencyId, UUID directiveId, UUID mappingId) {
        Organisation agency = editable(agencyId);
        ElementMapping mapping = sections.mapping(agency.id(), mappingId).orElseThrow(NotFoundException::new);
        SectionRow section = sections.find(agency.id(), mapping.sectionId())
                .filter(s -> s.directiveId().equals(directiveId)).orElseThrow(NotFoundException::new);
        Directive directive = directives.find(agency.id(), directiveId).orElseThrow(NotFoundException::new);
        editableVersion(directive, section.versionId());
        sections.unmap(agency.id(), mapping.id());
        audit.record("DIRECTIVE_MAPPING_REMOVED", "directive-section", section.id().toString(), agency.id(),
                directive.code() + " ↛ " + mapping.reference());
    }

    /**
     * The element letters of a standard of a visible edition (empty when it has none), for the mapping picker;
     * absent when there is no such standard or edition.
     */
    @Transactional(readOnly = true)
    public Optional<List<String>> elementsOf(UUID editionId, String standardNumber) {
        if (editionId == null || standardNumber == null || standardNumber.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(manuals.elementLetters(editionId).get(standardNumber.strip()));
        } catch (NotFoundException unknownEdition) {
            return Optional.empty();
        }
    }

    private static List<String> chosen(List<String> letters, List<String> known, String number) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String letter : letters == null ? List.<String>of() : letters) {
            String value = Texts.clean(letter);
            if (value != null) {
                if (!known.contains(value)) {
                    throw RuleViolation.onField("elements", "directives.mapping.element.unknown", value, number);
                }
                chosen.add(value);
            }
        }
        if (known.isEmpty()) {
            return Collections.singletonList(null);
        }
        if (chosen.isEmpty() || chosen.size() > MAX_LETTERS) {
            throw RuleViolation.onField("elements", "directives.mapping.element.required", number);
        }
        return List.copyOf(chosen);
    }

    private DirectiveVersion version(Directive directive, UUID versionId) {
        return directives.version(directive.agencyId(), directive.id(), versionId).orElseThrow(NotFoundException::new);
    }

    /** A superseded version is a record of the past: its document, sections and mappings stay as they were. */
    private DirectiveVersion editableVersion(Directive directive, UUID versionId) {
        DirectiveVersion version = version(directive, versionId);
        if (!version.editable()) {
            throw new RuleViolation("directives.version.superseded", version.label());
        }
        return version;
    }

    private static Optional<DirectiveVersion> current(List<DirectiveVersion> newestFirst) {
        return newestFirst.stream().filter(v -> v.status() == VersionStatus.IN_EFFECT).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    private Organisation editable(UUID agencyId) {
        return gate.writable(agencyId, WRITERS);
    }

    /** The agency whose directives these are; not found unless it is an agency the caller may read. */
    public Organisation agency(UUID agencyId) {
        return gate.readable(agencyId);
    }
}
