package org.acredita.distribution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.audit.AuditTrail;
import org.acredita.directives.VersionText;
import org.acredita.directives.VersionTexts;
import org.acredita.identity.Organisations;
import org.acredita.identity.UserManagement;
import org.acredita.personnel.PersonalDataAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * «I received, read and understood»: by a personal one-time link (no account; the token is the only credential, so
 * the link is answered as the system once its hash has found the row, and an unknown, used or expired token is not
 * found, 404), or signed in (the person of the roster whose e-mail is the account's, in the account's own agency).
 * Each acknowledgement records when the text was first opened (the time spent counts from there) and the SHA-256
 * of the texts as they were shown.
 */
@Service
public class Acknowledgements {

    private final DistributionRepository repository;
    private final PersonalDataAccess access;
    private final VersionTexts texts;
    private final Organisations organisations;
    private final UserManagement users;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Acknowledgements(DistributionRepository repository, PersonalDataAccess access, VersionTexts texts,
            Organisations organisations, UserManagement users, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.access = access;
        this.texts = texts;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * New personal links for the pending people of a distribution (of one unit when given); earlier links of those
     * people stop working. The tokens are returned once, to be printed.
     */
    @Transactional
    public List<IssuedLink> issueLinks(UUID agencyId, UUID distributionId, String unit) {
        UUID agency = access.writable(agencyId).id();
        repository.header(agency, distributionId).orElseThrow(NotFoundException::new);
        List<Recipient> pending = repository.recipients(distributionId, unit, true, 0);
        List<IssuedLink> links = new ArrayList<>(pending.size());
        List<UUID> ids = new ArrayList<>(pending.size());
        List<byte[]> hashes = new ArrayList<>(pending.size());
        for (Recipient r : pending) {
            String token = PersonalLinks.newToken();
            links.add(new IssuedLink(r, token));
            ids.add(r.id());
            hashes.add(PersonalLinks.hash(token));
        }
        if (!links.isEmpty()) {
            repository.replaceTokens(ids, hashes);
            audit.record("DISTRIBUTION_LINKS_ISSUED", "distribution", distributionId.toString(), agency,
                    String.format("%d enlaces personales emitidos%s / %d personal links issued", links.size(),
                            unit == null ? "" : " (" + unit + ")", links.size()));
        }
        return links;
    }

    /**
     * The reading behind a personal link, noting the first opening; not found when unknown, used or expired. The
     * transaction starts inside the system's scope, since a connection takes its row-level settings when taken.
     */
    public Reading openByLink(String token) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.execute(status -> {
            DistributionRepository.LinkTarget target = target(token);
            repository.opened(target.recipientId());
            return reading(target.agencyId(), target.recipientId());
        }));
    }

    /** Acknowledges through a personal link, once; afterwards the link is not found. */
    public Recipient acknowledgeByLink(String token) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.execute(status -> {
            DistributionRepository.LinkTarget target = target(token);
            return acknowledge(target.agencyId(), target.recipientId(), "LINK", null);
        }));
    }

    /** What the signed-in person still has to acknowledge, matched by their account's e-mail in their agency. */
    @Transactional(readOnly = true)
    public List<Pending> mine() {
        AccessScope scope = CurrentScope.get();
        String email = scope.isSignedIn() ? users.ownEmail() : null;
        if (email == null || scope.organisationId() == null) {
            return List.of();
        }
        return repository.pendingFor(scope.organisationId(), email).stream()
                .map(r -> new Pending(r, repository.title(r.distributionId()))).toList();
    }

    /** A pending item of the signed-in person, with what it asks for them to read. */
    public record Pending(Recipient recipient, String title) {
    }

    @Transactional
    public Reading openMine(UUID recipientId) {
        Recipient mine = mineOrNotFound(recipientId);
        repository.opened(mine.id());
        return reading(CurrentScope.get().organisationId(), mine.id());
    }

    @Transactional
    public Recipient acknowledgeMine(UUID recipientId) {
        Recipient mine = mineOrNotFound(recipientId);
        return acknowledge(CurrentScope.get().organisationId(), mine.id(), "SIGNED_IN", CurrentScope.get().userId());
    }

    private Recipient mineOrNotFound(UUID recipientId) {
        return mine().stream().map(Pending::recipient).filter(r -> r.id().equals(recipientId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private DistributionRepository.LinkTarget target(String token) {
        if (!PersonalLinks.wellFormed(token)) {
            throw new NotFoundException();
        }
        DistributionRepository.LinkTarget target = repository.byToken(PersonalLinks.hash(token))
                .orElseThrow(NotFoundException::new);
        if (target.used() || LocalDate.now(clock).isAfter(target.linksExpire())) {
            throw new NotFoundException();
        }
        return target;
    }

    private Reading reading(UUID agencyId, UUID recipientId) {
        Recipient recipient = repository.recipient(agencyId, recipientId).orElseThrow(NotFoundException::new);
        Distribution distribution = repository.header(agencyId, recipient.distributionId())
                .orElseThrow(NotFoundException::new);
        return new Reading(recipientId, organisations.get(agencyId).name(), distribution.title(),
                distribution.dueOn(), recipient.name(), texts(agencyId, recipient.distributionId()));
    }

    private List<VersionText> texts(UUID agencyId, UUID distributionId) {
        List<UUID> ids = repository.documents(distributionId).stream().map(SentDocument::versionId).toList();
        var found = texts.of(agencyId, ids);
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private Recipient acknowledge(UUID agencyId, UUID recipientId, String channel, UUID userId) {
        Recipient recipient = repository.recipient(agencyId, recipientId).orElseThrow(NotFoundException::new);
        String sha256 = VersionText.sha256(texts(agencyId, recipient.distributionId()));
        if (!repository.acknowledge(recipientId, channel, userId, sha256)) {
            throw new NotFoundException(); // a concurrent request acknowledged first: this link is used
        }
        audit.record("DIRECTIVE_ACKNOWLEDGED", "distribution", recipient.distributionId().toString(), agencyId,
                String.format("%s (%s) recibió, leyó y entendió / received, read and understood (%s, SHA-256 %s)",
                        recipient.name(), recipient.employeeNumber(), channel.equals("LINK")
                                ? "enlace personal / personal link" : "con su cuenta / signed in", sha256));
        return repository.recipient(agencyId, recipientId).orElseThrow();
    }
}
