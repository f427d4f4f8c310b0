package org.acredita.identity.internal;

import org.acredita.access.RuleViolation;

/** What a user name and a display name must look like, wherever an account is created. */
public final class AccountRules {

    private AccountRules() {
    }

    /** Lower-cased and trimmed; 3 to 60 of a-z, 0-9, dot, hyphen, underscore. */
    public static String username(String requested) {
        String username = requested == null ? "" : requested.strip().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw RuleViolation.onField("username", "identity.user.username.invalid");
        }
        return username;
    }

    public static String displayName(String requested) {
        String displayName = requested == null ? "" : requested.strip();
        if (displayName.length() < 2 || displayName.length() > 120) {
            throw RuleViolation.onField("displayName", "identity.user.displayName.invalid");
        }
        return displayName;
    }
}
