package org.acredita.identity.setup;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.AccountRules;
import org.acredita.identity.Organisation;
import org.acredita.identity.internal.PasswordPolicy;
import org.acredita.identity.internal.OneTimeLinkRepository;
import org.acredita.identity.internal.OneTimeLinkRepository.Purpose;
import org.acredita.identity.internal.OrganisationRepository;
import org.acredita.identity.internal.Secrets;
import org.acredita.identity.internal.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new deployment has no known password: while no administrator exists, a one-time setup link is
 * printed in the log; whoever holds it creates the first administrator and their organisation.
 */
@Service
public class FirstAdministrator {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final OneTimeLinkRepository links;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    FirstAdministrator(UserRepository users, OrganisationRepository organisations, OneTimeLinkRepository links,
            PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.links = links;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean needed() {
        return users.countWithRole(Role.ADMIN) == 0;
    }

    /** A fresh link (earlier ones stop working); the secret is only ever printed, never stored. */
    @Transactional
    public String issueLink() {
        links.expireUnused(Purpose.SETUP);
        String secret = Secrets.newSecret("setup_");
        links.insert(Secrets.hash(secret), Purpose.SETUP, null, null, clock.instant().plus(VALIDITY));
        return secret;
    }

    @Transactional(readOnly = true)
    public boolean linkUsable(String secret) {
        return links.find(Secrets.hash(secret))
                .filter(l -> l.purpose() == Purpose.SETUP && l.usedAt() == null && l.expiresAt().isAfter(clock.instant()))
                .isPresent() && needed();
    }

    @Transactional
    public void complete(String secret, String organisationName, OrganisationKind kind, String username,
            String displayName, String password) {
        var link = links.findForUse(Secrets.hash(secret)).filter(l -> l.purpose() == Purpose.SETUP)
                .filter(l -> l.usedAt() == null && l.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new RuleViolation("setup.link.invalid"));
        if (!needed()) {
            throw new RuleViolation("setup.link.invalid");
        }
        String name = organisationName == null ? "" : organisationName.strip();
        if (name.length() < 2 || name.length() > 200) {
            throw RuleViolation.onField("organisationName", "identity.organisation.name.invalid");
        }
        if (kind == null || kind == OrganisationKind.AGENCY) {
            throw RuleViolation.onField("kind", "setup.kind.invalid");
        }
        String user = AccountRules.username(username);
        String display = AccountRules.displayName(displayName);
        PasswordPolicy.check(user, password);
        if (users.usernameTaken(user)) {
            throw RuleViolation.onField("username", "identity.user.username.taken", user);
        }
        if (organisations.nameTaken(name)) {
            throw RuleViolation.onField("organisationName", "identity.organisation.name.taken", name);
        }
        Organisation organisation = organisations.insert(kind, name, null, java.time.ZoneId.of("America/Mexico_City"));
        var id = users.insert(user, display, null, "es-MX", organisation.id(), null, passwords.encode(password));
        users.grant(id, Role.ADMIN, null, null);
        links.markUsed(link.tokenHash());
        CurrentScope.runAs(new AccessScope(id, user, organisation.id(), Set.of(Role.ADMIN),
                AccessScope.SYSTEM.read(), AccessScope.SYSTEM.write()), () ->
                audit.record("FIRST_ADMIN_CREATED", "user", id.toString(), null, user + " · " + organisation.name()));
    }
}
