package org.acredita.assessments.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

    @Test
    void theAddressIsKeptOnlyAsAKeyedHashThatChangesWithTheKey() {
        byte[] today = new byte[32];
        byte[] tomorrow = new byte[32];
        tomorrow[0] = 1;
        String hash = AddressRateLimit.hash(today, "203.0.113.7");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("203");
        assertThat(AddressRateLimit.hash(today, "203.0.113.7")).isEqualTo(hash);
        assertThat(AddressRateLimit.hash(today, "203.0.113.8")).isNotEqualTo(hash);
        assertThat(AddressRateLimit.hash(tomorrow, "203.0.113.7")).isNotEqualTo(hash);
    }

    @Test
    void retryAfterIsTheRestOfTheHourAndAtLeastOneSecond() {
        assertThat(AddressRateLimit.retryAfter(Instant.parse("2026-03-10T14:45:00Z"))).isEqualTo(900);
        assertThat(AddressRateLimit.retryAfter(Instant.parse("2026-03-10T14:59:59.600Z"))).isEqualTo(1);
        assertThat(AddressRateLimit.retryAfter(Instant.parse("2026-03-10T14:00:00Z"))).isEqualTo(3600);
    }
}
