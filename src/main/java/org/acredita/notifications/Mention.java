package org.acredita.notifications;

import java.time.Instant;

/** Someone mentioned the reader in a standard's comments and the reader has not opened it yet. */
public record Mention(String text, String link, Instant at) {
}
