package org.acredita.identity.signin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.SupportedLocales;
import org.acredita.identity.internal.OrganisationRepository;
import org.acredita.identity.internal.UserAccount;
import org.acredita.identity.internal.UserRepository;
import org.acredita.identity.signin.SignInRefused.Reason;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides who a provider's signed-in person is in Acredita. A subject linked before is that person; otherwise a
 * verified e-mail matching exactly one person links them; otherwise an account is created only where the
 * administrator allowed it for the provider and the e-mail's domain, in the organisation and with the role chosen
 * there. Nothing about roles or organisations is read from the provider's claims. Runs as the system, since nobody
 * is signed in yet; links and accounts made here are audited, and so are refusals (in a transaction of their own).
 */
@Component
public class ProviderSignIn {

    private final SignInProperties properties;
    private final SignInRecords records;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ProviderSignIn(SignInProperties properties, SignInRecords records, UserRepository users,
            OrganisationRepository organisations, AuditTrail audit,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.records = records;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Who signed in, as the session keeps them. */
    public record Person(UUID userId, String username) {
    }

    /** Configured, not turned off in the configuration and not turned off by the administrator. */
    public boolean usable(String provider) {
        return properties.provider(provider).filter(SignInProperties.Provider::enabled).isPresent()
                && !CurrentScope.runAs(AccessScope.SYSTEM, records::turnedOff).contains(provider);
    }

    /** The usable providers by id, in id order, for the sign-in page. */
    public List<Map.Entry<String, SignInProperties.Provider>> usableProviders() {
        var off = CurrentScope.runAs(AccessScope.SYSTEM, records::turnedOff);
        return properties.providers().entrySet().stream()
                .filter(e -> e.getValue().enabled() && !off.contains(e.getKey())).toList();
    }

    /**
     * @param claims the ID token's claims merged with the user-info answer
     * @throws SignInRefused when the person may not come in this way
     */
    public Person signIn(String provider, String issuer, String subject, Map<String, Object> claims) {
        String email = claims.get("email") instanceof String e && !e.isBlank() ? e.strip() : null;
        String who = email != null ? email : subject;
        if (!usable(provider)) {
            throw new SignInRefused(Reason.PROVIDER_OFF, who);
        }
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.execute(status -> {
            records.lockSubject(issuer, subject);
            Optional<UUID> linked = records.linkedUser(issuer, subject);
            if (linked.isPresent()) {
                return admitted(linked.get(), who);
            }
            if (email == null || !verified(claims.get(properties.providers().get(provider).verifiedEmailClaim()))) {
                throw new SignInRefused(Reason.UNVERIFIED_EMAIL, who);
            }
            List<UUID> matches = records.usersWithEmail(email);
            if (matches.size() > 1) {
                throw new SignInRefused(Reason.AMBIGUOUS_EMAIL, who);
            }
            if (matches.size() == 1) {
                Person person = admitted(matches.get(0), who);
                records.link(issuer, subject, provider, person.userId());
                UserAccount account = users.findById(person.userId()).orElseThrow();
                audit.record("SIGN_IN_LINKED", "user", person.userId().toString(), agencyOf(account),
                        account.username() + " · " + provider + " · " + email);
                return person;
            }
            return provisioned(provider, issuer, subject, email, claims);
        }));
    }

    /** Audits a refused sign-in through a provider (refused here, or failed at the protocol: issuer, expiry…). */
    public void recordRefusal(String provider, String reason, String who) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> audit.record(
                "LOGIN_FAILED", "sign-in-provider", provider, null,
                provider + " · " + reason + (who == null ? "" : " · " + who))));
    }

    private Person admitted(UUID userId, String who) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new SignInRefused(Reason.UNKNOWN_PERSON, who));
        if (!account.enabled()) {
            throw new SignInRefused(Reason.DISABLED, who);
        }
        return new Person(account.id(), account.username());
    }

    private Person provisioned(String provider, String issuer, String subject, String email,
            Map<String, Object> claims) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        ProvisioningRule rule = records.rule(provider, domain)
                .orElseThrow(() -> new SignInRefused(Reason.UNKNOWN_PERSON, email));
        var organisation = organisations.findById(rule.organisationId())
                .orElseThrow(() -> new SignInRefused(Reason.UNKNOWN_PERSON, email));
        String username = NewUsername.freeFrom(email, users::usernameTaken);
        String locale = SupportedLocales.match(claims.get("locale") instanceof String l ? l : null)
                .orElse(SupportedLocales.SPANISH);
        UUID id = users.insert(username, displayName(claims, email), email, locale, organisation.id(),
                organisation.agencyId(), null);
        users.grant(id, rule.role(), organisation.agencyId(), null);
        records.link(issuer, subject, provider, id);
        audit.record("USER_PROVISIONED", "user", id.toString(), organisation.agencyId(),
                username + " · " + organisation.name() + " · " + rule.role() + " · " + provider + " · " + email);
        return new Person(id, username);
    }

    private static String displayName(Map<String, Object> claims, String email) {
        String name = claims.get("name") instanceof String n ? n.strip() : "";
        if (name.length() < 2 && claims.get("given_name") instanceof String given) {
            name = (given + " " + (claims.get("family_name") instanceof String f ? f : "")).strip();
        }
        return name.length() >= 2 && name.length() <= 120 ? name : email.substring(0, Math.min(email.length(), 120));
    }

    /** {@code true} or {@code "true"}: providers differ in how they write it. */
    private static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(String.valueOf(claim));
    }

    private UUID agencyOf(UserAccount account) {
        return organisations.findById(account.organisationId()).map(o -> o.agencyId()).orElse(null);
    }
}
