package org.acredita.distribution.internal;

/** A pending recipient with the token of their new personal link (shown once: printed, never stored). */
public record IssuedLink(Recipient recipient, String token) {
}
