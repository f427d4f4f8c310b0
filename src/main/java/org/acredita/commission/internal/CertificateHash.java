package org.acredita.commission.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The SHA-256 of what a certificate states (number, agency, programme, tier, award and expiry dates), each field
 * length-prefixed so no two contents share an encoding; computed once when the award is granted and stored.
 */
public final class CertificateHash {

    private CertificateHash() {
    }

    public static String of(String number, String agencyName, String programme, String tier, LocalDate awardedOn,
            LocalDate expiresOn) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {number, agencyName, programme, tier == null ? "" : tier,
                    awardedOn.toString(), expiresOn.toString()}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the link's part matches the stored hash, compared in constant time. */
    public static boolean matches(String stored, String given, int length) {
        return stored != null && given != null && given.length() == length && MessageDigest.isEqual(
                stored.substring(0, length).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
