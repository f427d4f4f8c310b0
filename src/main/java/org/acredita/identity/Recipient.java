package org.acredita.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * A person who should hear about an agency's dates and overdue work.
 *
 * @param email the address on the account; null when the account has none (in-app notices only)
 * @param locale the language the person chose for Acredita (es-MX or en)
 */
public record Recipient(UUID agencyId, UUID userId, String displayName, String email, String locale) {

    public Locale language() {
        return Locale.forLanguageTag(SupportedLocales.match(locale).orElse(SupportedLocales.SPANISH));
    }
}
