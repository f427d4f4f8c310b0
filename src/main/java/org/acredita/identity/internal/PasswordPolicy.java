package org.acredita.identity.internal;

import org.acredita.access.RuleViolation;

/** What a password must be: long enough to resist guessing, not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw RuleViolation.onField("password", "identity.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw RuleViolation.onField("password", "identity.password.username");
        }
    }
}
