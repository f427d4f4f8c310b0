package org.acredita.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.AccessTokenRepository;
import org.acredita.identity.internal.Secrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for scripts and integrations calling the API in a user's name. */
@Service
public class AccessTokens {

    public static final int MAX_DAYS = 365;
    private static final String PREFIX = "acr_";

    private final AccessTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a token and returns its secret, which is shown this once and never again. Only a person signed in
     * with their password may: a token minting tokens would outlive its own revocation.
     */
    @Transactional
    public String create(String name, Integer expiresInDays) {
        AccessScope scope = signedIn();
        InteractiveSession.require();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            throw RuleViolation.onField("name", "identity.token.name.invalid");
        }
        int days = expiresInDays == null ? 90 : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw RuleViolation.onField("expiresInDays", "identity.token.days.invalid", MAX_DAYS);
        }
        String secret = Secrets.newSecret(PREFIX);
        UUID agencyId = ownAgency(scope);
        UUID id = tokens.insert(scope.userId(), agencyId, cleanName, Secrets.hash(secret),
                clock.instant().plus(Duration.ofDays(days)));
        audit.record("TOKEN_CREATED", "access-token", id.toString(), agencyId, cleanName + " · " + days + " d");
        return secret;
    }

    @Transactional(readOnly = true)
    public List<AccessToken> mine() {
        return tokens.findByUser(signedIn().userId());
    }

    @Transactional
    public void revoke(UUID tokenId) {
        AccessScope scope = signedIn();
        AccessToken token = tokens.findOwned(tokenId, scope.userId()).orElseThrow(NotFoundException::new);
        if (token.revokedAt() == null) {
            tokens.revoke(tokenId);
            audit.record("TOKEN_REVOKED", "access-token", tokenId.toString(), ownAgency(scope), token.name());
        }
    }

    /**
     * The user a bearer secret belongs to, if it is a live token. Called before any scope exists. No transaction:
     * one read, and (at most once a minute) one update that re-checks what it changes.
     */
    public Optional<UUID> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.use(Secrets.hash(secret));
    }

    private static UUID ownAgency(AccessScope scope) {
        return scope.canWrite(scope.organisationId()) && !scope.write().all() ? scope.organisationId() : null;
    }

    private static AccessScope signedIn() {
        AccessScope scope = CurrentScope.get();
        if (!scope.isSignedIn()) {
            throw new ForbiddenException();
        }
        return scope;
    }
}
