package org.acredita.identity.signin;

import java.util.UUID;
import org.acredita.access.Role;

/** A person whose verified e-mail is in {@code emailDomain} gets an account on first sign-in through the provider. */
public record ProvisioningRule(String provider, String emailDomain, UUID organisationId, String organisationName,
        Role role) {
}
