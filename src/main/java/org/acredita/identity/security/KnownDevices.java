package org.acredita.identity.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Devices a person signed in from before: after a successful sign-in the browser gets a long-lived cookie (device id,
 * issue time, and an HMAC over them and the user name with a key kept in PostgreSQL, so every node accepts it). It
 * names no one; it counts only for the name it was signed for. A known device is its own throttling source, so an
 * outsider's failures from the same address or from many addresses do not lock it out.
 */
@Component
class KnownDevices {

    static final String COOKIE = "ACREDITA_DEVICE";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private volatile byte[] key;

    KnownDevices(JdbcClient jdbc, Clock clock,
            @Value("${acredita.security.login.known-device-lifetime:180d}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The request's source for this (normalised) name: its known device when the cookie holds for it, else its address. */
    SignInSource sourceOf(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    String device = deviceIn(cookie.getValue(), username);
                    if (device != null) {
                        return SignInSource.device(device);
                    }
                }
            }
        }
        return SignInSource.address(request.getRemoteAddr());
    }

    /** Marks the browser as a known device of this person (a new device id each time). */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String device = UUID.randomUUID().toString();
        String issued = Long.toString(clock.instant().getEpochSecond());
        Cookie cookie = new Cookie(COOKIE, device + "." + issued + "." + signature(username, device, issued));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds()));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private String deviceIn(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() != 36 || !parts[1].matches("\\d{1,12}")) {
            return null;
        }
        long issued = Long.parseLong(parts[1]);
        boolean current = clock.instant().getEpochSecond() - issued <= lifetime.toSeconds();
        boolean genuine = MessageDigest.isEqual(signature(username, parts[0], parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return current && genuine ? parts[0] : null;
    }

    private String signature(String username, String device, String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signed = mac.doFinal((username + "\n" + device + "\n" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select secret from sign_in_device_key")
                    .query(byte[].class).single());
            key = known;
        }
        return known;
    }
}
