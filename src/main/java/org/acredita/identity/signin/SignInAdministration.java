package org.acredita.identity.signin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.OrganisationRepository;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators decide about the configured providers: turning one off (and on again), and for which e-mail
 * domains a provider may create accounts, in which organisation and with which role. Every change is audited.
 */
@Service
public class SignInAdministration {

    /** Never given by a provider's first sign-in: an administrator is always made by another administrator. */
    private static final Set<Role> NOT_PROVISIONED = Set.of(Role.ADMIN);

    private final SignInProperties properties;
    private final SignInRecords records;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    SignInAdministration(SignInProperties properties, SignInRecords records, OrganisationRepository organisations,
            AuditTrail audit) {
        this.properties = properties;
        this.records = records;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** A configured provider as the administrator sees it. */
    public record ProviderView(String id, String displayName, String issuer, boolean configuredOn, boolean turnedOff,
            List<ProvisioningRule> rules) {

        public boolean usable() {
            return configuredOn && !turnedOff;
        }
    }

    @Transactional(readOnly = true)
    public List<ProviderView> providers(Locale locale) {
        CurrentScope.get().requireRole(Role.ADMIN);
        Set<String> off = records.turnedOff();
        List<ProvisioningRule> rules = records.rules();
        return properties.providers().entrySet().stream().map(e -> new ProviderView(e.getKey(),
                e.getValue().displayName(locale), e.getValue().issuer(), e.getValue().enabled(),
                off.contains(e.getKey()), rules.stream().filter(r -> r.provider().equals(e.getKey())).toList()))
                .toList();
    }

    public boolean passwords() {
        return properties.passwords();
    }

    @Transactional
    public void turn(String provider, boolean on) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        properties.provider(provider).orElseThrow(NotFoundException::new);
        records.setEnabled(provider, on, scope.userId());
        audit.record(on ? "SIGN_IN_PROVIDER_TURNED_ON" : "SIGN_IN_PROVIDER_TURNED_OFF", "sign-in-provider", provider,
                null, provider);
    }

    @Transactional
    public void allowProvisioning(String provider, String emailDomain, UUID organisationId, Role role) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        if (provider == null || properties.provider(provider).isEmpty()) {
            throw RuleViolation.onField("provider", "signIn.provisioning.provider.required");
        }
        String domain = domain(emailDomain);
        var organisation = organisationId == null ? null : organisations.findById(organisationId).orElse(null);
        if (organisation == null) {
            throw RuleViolation.onField("organisationId", "identity.user.organisation.required");
        }
        if (role == null || NOT_PROVISIONED.contains(role)) {
            throw RuleViolation.onField("role", "signIn.provisioning.role.invalid");
        }
        if (!role.canBeHeldBy(organisation.kind())) {
            throw RuleViolation.onField("role", "identity.role.wrongOrganisation",
                    new DefaultMessageSourceResolvable("role." + role.name()),
                    new DefaultMessageSourceResolvable("organisation.kind." + organisation.kind().name()));
        }
        if (!records.allow(provider, domain, organisation.id(), role, scope.userId())) {
            throw RuleViolation.onField("emailDomain", "signIn.provisioning.domain.taken", domain);
        }
        audit.record("SIGN_IN_PROVISIONING_ALLOWED", "sign-in-provider", provider, organisation.agencyId(),
                provider + " · " + domain + " · " + organisation.name() + " · " + role);
    }

    @Transactional
    public void disallowProvisioning(String provider, String emailDomain) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        var rule = records.rule(provider, emailDomain).orElseThrow(NotFoundException::new);
        records.disallow(provider, emailDomain);
        UUID agencyId = organisations.findById(rule.organisationId()).map(o -> o.agencyId()).orElse(null);
        audit.record("SIGN_IN_PROVISIONING_REVOKED", "sign-in-provider", provider, agencyId,
                provider + " · " + emailDomain + " · " + rule.organisationName() + " · " + rule.role());
    }

    /** {@code @Policia.Colima.gob.mx} → {@code policia.colima.gob.mx}; anything else that is no domain is refused. */
    private static String domain(String requested) {
        String domain = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (domain.length() > 200
                || !domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw RuleViolation.onField("emailDomain", "signIn.provisioning.domain.invalid");
        }
        return domain;
    }
}
