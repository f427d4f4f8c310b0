package org.acredita.storage.support;

import java.util.regex.Pattern;

/** Guards every lookup: only a well-formed digest may become part of a path or object key. */
public final class Sha256Hex {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_ECHOED_CHARS = 80;

    private Sha256Hex() {
    }

    /** Returns the argument if it is 64 lowercase hex digits, otherwise throws {@link IllegalArgumentException}. */
    public static String requireValid(String sha256) {
        if (sha256 == null || !FORMAT.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "Not a SHA-256 digest (64 lowercase hex digits): " + abbreviate(sha256));
        }
        return sha256;
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    // The value may come straight from a request; keep log lines bounded.
    private static String abbreviate(String value) {
        if (value == null || value.length() <= MAX_ECHOED_CHARS) {
            return String.valueOf(value);
        }
        return value.substring(0, MAX_ECHOED_CHARS) + "...";
    }
}
