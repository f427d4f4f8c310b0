package org.acredita.identity;

import java.time.Instant;

/**
 * An account saw failed sign-ins from many sources within a short time (guessing spread over addresses): it is now
 * locked for every source but the person's known devices, and the administrators should hear of it. Published
 * once per episode, in the transaction that recorded the failure.
 *
 * @param sources how many sources failed within the window
 */
public record SignInPatternSeen(String username, int sources, Instant seenAt) {
}
