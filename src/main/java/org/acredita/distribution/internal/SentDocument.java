package org.acredita.distribution.internal;

import java.util.UUID;

/** A directive version a distribution sent, with the SHA-256 of its text when it was sent. */
public record SentDocument(UUID versionId, String code, String title, String label, String textSha256) {
}
