package org.acredita.assessments.comments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@link #PER_HOUR} public comments per address, comment period and hour, without storing the address:
 * it is counted under an HMAC-SHA256 of address and period keyed by a random key of the day (UTC). Key and counts live in PostgreSQL, so every
 * node shares them (decision 0003); each count is one atomic upsert. Yesterday's key and counts are dropped when
 * the day's key is made, after which no stored hash can be linked to an address any more. At midnight (UTC) an
 * address starts a fresh count, a leak of at most one hour's limit a day.
 */
@Component
public class AddressRateLimit {

    public static final int PER_HOUR = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AddressRateLimit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one submission; refuses it when the address is over the limit, saying when to try again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void hit(String address, java.util.UUID periodId) {
        Instant now = clock.instant();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        int hits = jdbc.sql("""
                insert into public_comment_rate (address_hash, hour_start, hits) values (?, ?, 1)
                on conflict (address_hash, hour_start) do update set hits = public_comment_rate.hits + 1
                returning hits""")
                .params(hash(keyOf(LocalDate.ofInstant(now, ZoneOffset.UTC)), address + " " + periodId), Timestamp.from(hour))
                .query(Integer.class).single();
        if (hits > PER_HOUR) {
            throw new RateLimited(retryAfter(now));
        }
    }

    /** Seconds until the hour ends, at least one. */
    static long retryAfter(Instant now) {
        return Math.max(1, Duration.between(now, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS))
                .toSeconds());
    }

    static String hash(byte[] key, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((address == null ? "" : address)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The day's key: made by the first node that needs it (the others read the same one). */
    private byte[] keyOf(LocalDate day) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        int made = jdbc.sql("insert into public_comment_rate_key (day, key) values (?, ?) on conflict do nothing")
                .params(day, fresh).update();
        if (made == 1) {
            jdbc.sql("delete from public_comment_rate_key where day < ?").param(day).update();
            jdbc.sql("delete from public_comment_rate where hour_start < ?")
                    .param(Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.HOURS)))
                    .update();
        }
        return jdbc.sql("select key from public_comment_rate_key where day = ?").param(day).query(byte[].class)
                .single();
    }
}
