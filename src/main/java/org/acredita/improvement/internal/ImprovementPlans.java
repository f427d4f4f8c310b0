package org.acredita.improvement.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisations;
import org.acredita.improvement.internal.ItemRepository;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agencies' improvement plans. Anyone who may read an agency sees its plan; its managers and the
 * programme's staff change it. Every change is validated whole before it is written, and audited.
 */
@Service
public class ImprovementPlans {

    /** Owner type of evidence files in the file store; the owner id is the item's id. */
    public static final String EVIDENCE = "improvement-evidence";
    private static final Role[] EDITORS = {Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER,
        Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER};

    private final ItemRepository items;
    private final Organisations organisations;
    private final AgencyGate gate;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ImprovementPlans(ItemRepository items, Organisations organisations, AgencyGate gate, StoredFiles files,
            AuditTrail audit, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.items = items;
        this.organisations = organisations;
        this.gate = gate;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's items with whether each is overdue today and its evidence. */
    @Transactional(readOnly = true)
    public List<ItemView> plan(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        LocalDate today = today(agency);
        return items.ofAgency(agency.id()).stream().map(item -> new ItemView(item, item.overdueOn(today),
                files.list(agency.id(), EVIDENCE, item.id().toString()))).toList();
    }

    /** Open and overdue items per agency the caller may see, agencies without items included. */
    @Transactional(readOnly = true)
    public List<PlanCount> counts() {
        Map<UUID, List<ImprovementItem>> open = items.stillOpen().stream()
                .collect(Collectors.groupingBy(ImprovementItem::agencyId));
        List<PlanCount> counts = new ArrayList<>();
        for (Organisation agency : organisations.visible()) {
            if (agency.isAgency()) {
                List<ImprovementItem> pending = open.getOrDefault(agency.id(), List.of());
                LocalDate today = today(agency);
                int overdue = (int) pending.stream().filter(item -> item.overdueOn(today)).count();
                counts.add(new PlanCount(agency.id(), agency.name(), pending.size(), overdue));
            }
        }
        return counts;
    }

    /** Whether the caller may change this agency's plan. */
    public boolean mayEdit(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(EDITORS);
    }

    @Transactional
    public ItemView create(UUID agencyId, ItemDraft draft) {
        Organisation agency = gate.writable(agencyId, EDITORS);
        ImprovementItem item = ItemRules.validated(new ImprovementItem(UUID.randomUUID(), agency.id(),
                draft.category(), draft.title(), draft.description(), draft.owner(), draft.dueDate(),
                draft.priority() == null ? Priority.MEDIUM : draft.priority(),
                draft.status() == null ? Status.OPEN : draft.status(),
                draft.linkedStandards() == null ? List.of() : draft.linkedStandards(), draft.completedOn()));
        items.insert(item);
        audit.record("IMPROVEMENT_ITEM_CREATED", "improvement-item", item.id().toString(), agency.id(),
                summary(item));
        return new ItemView(item, item.overdueOn(today(agency)), List.of());
    }

    /** Changes the fields given (status included); the rest stay as they are. */
    @Transactional
    public ItemView update(UUID agencyId, UUID itemId, ItemDraft draft) {
        Organisation agency = gate.writable(agencyId, EDITORS);
        ImprovementItem current = items.forUpdate(agency.id(), itemId).orElseThrow(NotFoundException::new);
        ImprovementItem changed = ItemRules.validated(merge(current, draft));
        items.update(changed);
        audit.record("IMPROVEMENT_ITEM_UPDATED", "improvement-item", changed.id().toString(), agency.id(),
                current.status() + " → " + changed.status() + " · " + summary(changed));
        return new ItemView(changed, changed.overdueOn(today(agency)),
                files.list(agency.id(), EVIDENCE, changed.id().toString()));
    }

    /** Checks, takes the bytes into the file store outside any transaction, then records them in a short one. */
    public StoredFile addEvidence(UUID agencyId, UUID itemId, String fileName, InputStream content) {
        Organisation writable = gate.writable(agencyId, EDITORS);
        ReceivedFile received = files.receive(writable.id(), fileName, content);
        return transactions.execute(status -> recordEvidence(agencyId, itemId, received));
    }

    private StoredFile recordEvidence(UUID agencyId, UUID itemId, ReceivedFile received) {
        Organisation agency = gate.writable(agencyId, EDITORS);
        ImprovementItem item = items.forUpdate(agency.id(), itemId).orElseThrow(NotFoundException::new);
        StoredFile file = files.record(received, EVIDENCE, item.id().toString());
        audit.record("IMPROVEMENT_EVIDENCE_ADDED", "improvement-item", item.id().toString(), agency.id(),
                item.title() + " · " + file.originalName());
        return file;
    }

    private LocalDate today(Organisation agency) {
        return LocalDate.now(clock.withZone(agency.timeZone()));
    }

    private static ImprovementItem merge(ImprovementItem current, ItemDraft draft) {
        Status status = draft.status() == null ? current.status() : draft.status();
        return new ImprovementItem(current.id(), current.agencyId(),
                draft.category() == null ? current.category() : draft.category(),
                draft.title() == null ? current.title() : draft.title(),
                draft.description() == null ? current.description() : draft.description(),
                draft.owner() == null ? current.owner() : draft.owner(),
                draft.dueDate() == null ? current.dueDate() : draft.dueDate(),
                draft.priority() == null ? current.priority() : draft.priority(), status,
                draft.linkedStandards() == null ? current.linkedStandards() : draft.linkedStandards(),
                draft.completedOn() == null ? current.completedOn() : draft.completedOn());
    }

    private static String summary(ImprovementItem item) {
        return item.category() + " · " + item.priority() + " · " + item.status() + " · " + item.title()
                + (item.dueDate() == null ? "" : " · " + item.dueDate());
    }
}
