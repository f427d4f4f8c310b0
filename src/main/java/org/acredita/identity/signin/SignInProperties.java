package org.acredita.identity.signin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people may sign in, from properties or the environment ({@code acredita.sign-in.*},
 * {@code ACREDITA_SIGNIN_*}): with a local password (unless turned off) and through any number of OpenID Connect
 * providers, each under an id of its own that appears in its addresses ({@code /oauth2/authorization/{id}}).
 *
 * @param passwords whether local passwords are accepted at the form
 * @param providers by id (lower case letters, digits, hyphens)
 */
@ConfigurationProperties("acredita.sign-in")
public record SignInProperties(@DefaultValue("true") boolean passwords, Map<String, Provider> providers) {

    public SignInProperties {
        providers = providers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(providers));
        providers.forEach(SignInProperties::check);
    }

    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(id == null ? null : providers.get(id));
    }

    /**
     * One OpenID Connect provider.
     *
     * @param issuer the issuer URL, whose {@code /.well-known/openid-configuration} describes the provider
     * @param displayName the name shown on the sign-in button in Spanish (and in English without {@code displayNameEn})
     * @param verifiedEmailClaim the claim that says the provider verified the e-mail address (Entra ID: {@code xms_edov})
     * @param enabled false hides the provider and refuses its sign-ins, whatever the administrator chose
     */
    public record Provider(String issuer, String clientId, String clientSecret,
            @DefaultValue({"openid", "email", "profile"}) List<String> scopes, String displayName,
            String displayNameEn, @DefaultValue("email_verified") String verifiedEmailClaim,
            @DefaultValue("true") boolean enabled) {

        public String displayName(Locale locale) {
            return "en".equals(locale.getLanguage()) && displayNameEn != null && !displayNameEn.isBlank()
                    ? displayNameEn : displayName;
        }
    }

    /** A provider missing what it needs stops the start, naming the property, instead of failing at sign-in. */
    private static void check(String id, Provider provider) {
        String prefix = "acredita.sign-in.providers." + id;
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalStateException(prefix + ": a provider's id is 1 to 40 lower-case letters, digits "
                    + "and hyphens");
        }
        for (var required : Map.of("issuer", Optional.ofNullable(provider.issuer()), "client-id",
                Optional.ofNullable(provider.clientId()), "display-name",
                Optional.ofNullable(provider.displayName())).entrySet()) {
            if (required.getValue().filter(value -> !value.isBlank()).isEmpty()) {
                throw new IllegalStateException(prefix + "." + required.getKey() + " is required");
            }
        }
        if (!provider.scopes().contains("openid")) {
            throw new IllegalStateException(prefix + ".scopes must include openid");
        }
    }
}
