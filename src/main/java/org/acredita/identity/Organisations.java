package org.acredita.identity;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.OrganisationRepository;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The parties of the programme: reading what the caller may see, creating and editing them. */
@Service
public class Organisations {

    static final String DOCUMENT = "organisation-document";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final StoredFiles files;
    private final TransactionTemplate transactions;

    Organisations(OrganisationRepository organisations, AuditTrail audit, StoredFiles files,
            TransactionTemplate transactions) {
        this.organisations = organisations;
        this.audit = audit;
        this.files = files;
        this.transactions = transactions;
    }

    /** The organisation's documents (agreement, organisation chart, letters), newest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> documents(UUID organisationId) {
        Organisation organisation = get(organisationId);
        return files.list(organisation.agencyId(), DOCUMENT, organisation.id().toString());
    }

    /** Checks, takes the bytes into the file store outside any transaction, then records them in a short one. */
    public StoredFile addDocument(UUID organisationId, String fileName, InputStream content) {
        Organisation organisation = requireDocumentKeeper(organisationId);
        ReceivedFile received = files.receive(organisation.agencyId(), fileName, content);
        return transactions.execute(status -> files.record(received, DOCUMENT,
                requireDocumentKeeper(organisationId).id().toString()));
    }

    @Transactional
    public void removeDocument(UUID organisationId, UUID fileId) {
        Organisation organisation = requireDocumentKeeper(organisationId);
        StoredFile file = files.get(fileId);
        if (!DOCUMENT.equals(file.ownerType()) || !organisation.id().toString().equals(file.ownerId())) {
            throw new NotFoundException();
        }
        files.delete(fileId);
    }

    @Transactional(readOnly = true)
    public List<Organisation> visible() {
        AccessScope scope = CurrentScope.get();
        return organisations.findAll().stream()
                .filter(org -> !org.isAgency() || scope.canRead(org.id()))
                .toList();
    }

    /** The first visible agency whose name contains the fragment (how the demo seeders find their agencies). */
    @Transactional(readOnly = true)
    public java.util.Optional<Organisation> agencyNamed(String nameFragment) {
        return visible().stream().filter(o -> o.isAgency() && o.name().contains(nameFragment)).findFirst();
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        AccessScope scope = CurrentScope.get();
        Organisation organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
        if (organisation.isAgency()) {
            scope.requireRead(organisation.id());
        }
        return organisation;
    }

    /** Whether the caller may add and remove the organisation's documents. */
    public boolean mayKeepDocuments(Organisation organisation) {
        AccessScope scope = CurrentScope.get();
        return organisation.isAgency() ? scope.canWrite(organisation.id()) : scope.isAdmin();
    }

    /** An agency's documents are kept by whoever may change the agency; partners' by administrators. */
    private Organisation requireDocumentKeeper(UUID organisationId) {
        Organisation organisation = get(organisationId);
        AccessScope scope = CurrentScope.get();
        if (organisation.isAgency()) {
            scope.requireWrite(organisation.id());
        } else {
            scope.requireRole(Role.ADMIN);
        }
        return organisation;
    }

    @Transactional
    public Organisation create(OrganisationKind kind, String name, String stateCode, String timeZone) {
        CurrentScope.get().requireRole(Role.ADMIN);
        String cleanName = requireName(name);
        if (kind == null) {
            throw RuleViolation.onField("kind", "identity.organisation.kind.required");
        }
        String state = requireStateCode(stateCode);
        ZoneId zone = requireZone(timeZone);
        if (organisations.nameTaken(cleanName)) {
            throw RuleViolation.onField("name", "identity.organisation.name.taken", cleanName);
        }
        Organisation created = organisations.insert(kind, cleanName, state, zone);
        audit.record("ORGANISATION_CREATED", "organisation", created.id().toString(), created.agencyId(),
                cleanName + " · " + kind + (state == null ? "" : " · " + state));
        return created;
    }

    /**
     * Administrators edit any organisation; the programme manager edits agencies; an agency's chief
     * executive and accreditation manager edit their own agency's details but not its registered name.
     */
    @Transactional
    public Organisation update(UUID id, String name, String stateCode, String timeZone) {
        AccessScope scope = CurrentScope.get();
        Organisation current = get(id);
        boolean registrar = scope.isAdmin() || current.isAgency() && scope.hasAnyRole(Role.PROGRAMME_MANAGER);
        if (!registrar && !isOwnAgencyManager(scope, current)) {
            throw new ForbiddenException();
        }
        if (current.isAgency()) {
            scope.requireWrite(id);
        }
        String cleanName = registrar ? requireName(name) : current.name();
        String state = requireStateCode(stateCode);
        ZoneId zone = requireZone(timeZone);
        if (!cleanName.equalsIgnoreCase(current.name()) && organisations.nameTaken(cleanName)) {
            throw RuleViolation.onField("name", "identity.organisation.name.taken", cleanName);
        }
        organisations.update(id, cleanName, state, zone);
        audit.record("ORGANISATION_UPDATED", "organisation", id.toString(), current.agencyId(),
                changes(current, cleanName, state, zone));
        return new Organisation(id, current.kind(), cleanName, state, zone);
    }

    /** Whether the caller may rename the organisation (and so whether the page offers it). */
    public boolean mayRename(Organisation organisation) {
        AccessScope scope = CurrentScope.get();
        return scope.isAdmin() || organisation.isAgency() && scope.hasAnyRole(Role.PROGRAMME_MANAGER)
                && scope.canWrite(organisation.id());
    }

    /** Whether the caller may edit the organisation's details at all. */
    public boolean mayEdit(Organisation organisation) {
        return mayRename(organisation) || isOwnAgencyManager(CurrentScope.get(), organisation);
    }

    private static boolean isOwnAgencyManager(AccessScope scope, Organisation organisation) {
        return organisation.isAgency() && organisation.id().equals(scope.organisationId())
                && scope.hasAnyRole(Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER) && scope.canWrite(organisation.id());
    }

    /** Only what changed, language-neutral: «old» → «new». */
    private static String changes(Organisation current, String name, String state, ZoneId zone) {
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (!current.name().equals(name)) {
            changes.add("«" + current.name() + "» → «" + name + "»");
        }
        if (!java.util.Objects.equals(current.stateCode(), state)) {
            changes.add(current.stateCode() + " → " + state);
        }
        if (!current.timeZone().equals(zone)) {
            changes.add(current.timeZone() + " → " + zone);
        }
        return changes.isEmpty() ? "=" : String.join(" · ", changes);
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() < 2 || clean.length() > 200) {
            throw RuleViolation.onField("name", "identity.organisation.name.invalid");
        }
        return clean;
    }

    private static String requireStateCode(String stateCode) {
        if (stateCode == null || stateCode.isBlank()) {
            return null;
        }
        String code = stateCode.strip();
        if (!code.matches("0[1-9]|[12][0-9]|3[0-2]")) {
            throw RuleViolation.onField("stateCode", "identity.organisation.state.invalid", code);
        }
        return code;
    }

    private static ZoneId requireZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("America/Mexico_City");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw RuleViolation.onField("timeZone", "identity.organisation.timezone.invalid", timeZone);
        }
    }
}
