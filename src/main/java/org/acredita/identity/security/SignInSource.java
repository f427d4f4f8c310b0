package org.acredita.identity.security;

/**
 * Where a sign-in comes from, as the throttle keeps it: the address the application sees (after the
 * forwarded-header configuration), or a device that signed in as that person before (its signed cookie).
 * Failures are counted per account and source, so failures from one source never lock out another.
 */
record SignInSource(String key, boolean knownDevice) {

    static SignInSource address(String address) {
        return new SignInSource("address:" + (address == null || address.isBlank() ? "unknown" : address), false);
    }

    static SignInSource device(String deviceId) {
        return new SignInSource("device:" + deviceId, true);
    }
}
