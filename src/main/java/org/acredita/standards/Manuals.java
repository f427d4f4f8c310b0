package org.acredita.standards;

import org.acredita.standards.internal.EditionComparison;
import org.acredita.standards.internal.SearchCriteria;
import org.acredita.standards.internal.Standard;
import org.acredita.standards.internal.StandardFilter;
import org.acredita.standards.internal.StandardPage;
import org.acredita.standards.internal.StandardSearch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.EditionRepository;
import org.acredita.standards.internal.ManualStore;
import org.acredita.standards.internal.PublishedDocuments;
import org.acredita.standards.internal.PublishedTierNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual editions and their standards. Every signed-in party reads published and retired
 * editions; drafts are seen, published and retired only by those who manage manuals.
 */
@Service
public class Manuals {

    public static final int MAX_PAGE_SIZE = 200;

    private final EditionRepository editions;
    private final ManualStore store;
    private final AuditTrail audit;
    private final StandardSearch search;
    private final PublishedDocuments publishedDocuments;
    private final PublishedTierNames publishedTierNames;

    Manuals(EditionRepository editions, ManualStore store, AuditTrail audit, StandardSearch search,
            PublishedDocuments publishedDocuments, PublishedTierNames publishedTierNames) {
        this.publishedDocuments = publishedDocuments;
        this.publishedTierNames = publishedTierNames;
        this.editions = editions;
        this.store = store;
        this.audit = audit;
        this.search = search;
    }

    /** Whether the caller manages manuals: imports, sees drafts, publishes and retires. */
    public boolean managesManuals() {
        return CurrentScope.get().hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
    }

    @Transactional(readOnly = true)
    public List<ManualEdition> editions() {
        requireSignedIn();
        return editions.findAll(managesManuals());
    }

    /** A draft is "not found" to those who may not see drafts. */
    @Transactional(readOnly = true)
    public ManualEdition edition(UUID id) {
        requireSignedIn();
        ManualEdition edition = editions.findById(id).orElseThrow(NotFoundException::new);
        if (edition.status() == EditionStatus.DRAFT && !managesManuals()) {
            throw new NotFoundException();
        }
        return edition;
    }

    @Transactional(readOnly = true)
    public StandardPage standards(UUID editionId, StandardFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        ManualEdition edition = edition(editionId);
        return editions.standards(edition.id(), filter == null ? StandardFilter.ANY : filter, page, size);
    }

    /**
     * The element letters of every standard of the edition, standards in the manual's order (a standard
     * without elements has none): what other modules map their documents to, read in one query.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> elementLetters(UUID editionId) {
        return editions.elementLetters(edition(editionId).id());
    }

    /** The edition's time-sensitive standards (number to frequency and what to prove), read in one query. */
    @Transactional(readOnly = true)
    public Map<String, ManualDocument.TimeSensitivity> timeSensitivities(UUID editionId) {
        return editions.timeSensitivities(edition(editionId).id());
    }

    /** A read edition's chapter titles by number, in the manual's order, without loading the rest of the manual. */
    @Transactional(readOnly = true)
    public Map<Integer, Text> chapterTitles(ManualEdition edition) {
        requireSignedIn();
        if (edition.status() == EditionStatus.DRAFT && !managesManuals()) {
            throw new NotFoundException();
        }
        return editions.chapterTitles(edition.id());
    }

    /** The whole edition (chapters, standards with all their texts, crosswalk) for reading it page by page. */
    @Transactional(readOnly = true)
    public ManualDocument document(UUID editionId) {
        return load(edition(editionId));
    }

    /** A published or retired edition never changes, so its document is read once per node; a draft each time. */
    private ManualDocument load(ManualEdition edition) {
        return edition.status() == EditionStatus.DRAFT ? store.load(edition.id())
                : publishedDocuments.get(edition.id(), store::load);
    }

    /** Standards of a visible edition matching the criteria, in number order, at most {@link StandardSearch#LIMIT}. */
    @Transactional(readOnly = true)
    public List<Standard> search(UUID editionId, SearchCriteria criteria) {
        return search.search(edition(editionId).id(), criteria);
    }

    /** Added, removed and changed standards from one visible edition to another. */
    @Transactional(readOnly = true)
    public EditionComparison compare(UUID earlierId, UUID laterId) {
        return EditionComparison.between(document(earlierId), document(laterId));
    }

    /** Agency function names by code, for filters and applicability. */
    @Transactional(readOnly = true)
    public Map<String, Text> functionNames() {
        requireSignedIn();
        return editions.functionNames();
    }

    /** The tiers of an edition by code, for filters; drafts stay hidden from those who do not manage manuals. */
    @Transactional(readOnly = true)
    public Map<String, Text> tierNames(UUID editionId) {
        return tierNames(edition(editionId));
    }

    /**
     * The same for an edition the caller already read through {@link #edition}, without reading it again; a
     * published or retired edition's tiers never change, so they are read once per node.
     */
    @Transactional(readOnly = true)
    public Map<String, Text> tierNames(ManualEdition edition) {
        requireSignedIn();
        if (edition.status() == EditionStatus.DRAFT) {
            if (!managesManuals()) {
                throw new NotFoundException();
            }
            return editions.tierNames(edition.id());
        }
        return publishedTierNames.get(edition.id(), editions::tierNames);
    }

    /** Programme names by code, in the order programmes are listed. */
    @Transactional(readOnly = true)
    public Map<String, Text> programmeNames() {
        requireSignedIn();
        return editions.programmeNames();
    }

    /** For every standard of the edition, in number order: does it apply to the agency, at which level, and why. */
    @Transactional(readOnly = true)
    public List<Applicability> applicability(UUID editionId, ApplicabilityProfile profile) {
        ManualDocument manual = load(edition(editionId));
        ApplicabilityRules rules = new ApplicabilityRules(manual.sizeClasses());
        return manual.standards().stream().map(standard -> rules.evaluate(standard, profile)).toList();
    }

    @Transactional
    public ManualEdition publish(UUID id) {
        ManualEdition edition = move(id, EditionStatus.PUBLISHED);
        publishedDocuments.forget(id);
        publishedTierNames.forget(id);
        audit.record("MANUAL_PUBLISHED", "manual", id.toString(), null, edition.code() + " " + edition.version());
        return edition;
    }

    @Transactional
    public ManualEdition retire(UUID id) {
        ManualEdition edition = move(id, EditionStatus.RETIRED);
        publishedDocuments.forget(id);
        publishedTierNames.forget(id);
        audit.record("MANUAL_RETIRED", "manual", id.toString(), null, edition.code() + " " + edition.version());
        return edition;
    }

    private ManualEdition move(UUID id, EditionStatus next) {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        ManualEdition edition = edition(id);
        if (!edition.status().canBecome(next) || !editions.changeStatus(id, edition.status(), next)) {
            throw new RuleViolation(next == EditionStatus.PUBLISHED ? "standards.edition.publish.illegal"
                    : "standards.edition.retire.illegal");
        }
        return editions.findById(id).orElseThrow(NotFoundException::new);
    }

    private static void requireSignedIn() {
        AccessScope scope = CurrentScope.get();
        if (!scope.isSignedIn() && !scope.isSystem()) {
            throw new NotFoundException();
        }
    }
}
