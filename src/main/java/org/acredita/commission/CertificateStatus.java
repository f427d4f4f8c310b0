package org.acredita.commission;

/** What the public verification page says of a certificate, and nothing more. */
public enum CertificateStatus {
    VALID, EXPIRED, SUSPENDED, REVOKED
}
