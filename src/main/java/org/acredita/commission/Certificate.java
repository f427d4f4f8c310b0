package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;

/**
 * An award's certificate: what it states, its number and the part of its content's hash that the verification
 * link carries ({@link #verificationPath()}).
 *
 * @param tier the tier code of the file's edition, or null when the edition has none
 */
public record Certificate(UUID awardId, String number, String agencyName, AccreditationProgramme programme,
        String tier, LocalDate awardedOn, LocalDate expiresOn, CertificateStatus status, String shortHash) {

    /** Hex digits of the content's SHA-256 the link carries: short enough for a URL, never guessable. */
    public static final int SHORT_HASH = 16;

    public String verificationPath() {
        return "/public/certificates/" + number + "?h=" + shortHash;
    }
}
