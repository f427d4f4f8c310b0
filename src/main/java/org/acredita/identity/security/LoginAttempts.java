package org.acredita.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in per user name by counting failed attempts (the {@code attempts} column): each failure is
 * counted in one atomic statement, and the failure that reaches the limit locks the name for a cool-down (audited,
 * once). A success never counts, so people signing in at the same moment never lock themselves out. Unknown names
 * are counted the same way, so the answers never reveal which accounts exist.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration coolDown;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions, Clock clock,
            @Value("${acredita.security.login.max-failures:5}") int maxFailures,
            @Value("${acredita.security.login.cool-down:15m}") Duration coolDown) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.coolDown = coolDown;
    }

    /**
     * The name as accounts are kept (trimmed, lower case); empty when it cannot be one, e.g. with a control
     * character (the sign-in form is read before the request-wide input check, and PostgreSQL refuses NUL).
     */
    static Optional<String> normalise(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase();
        boolean impossible = normalised.isEmpty() || normalised.length() > 60
                || normalised.chars().anyMatch(Character::isISOControl);
        return impossible ? Optional.empty() : Optional.of(normalised);
    }

    /** True while the name is locked: the password must then not even be checked. Only reads. */
    boolean locked(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select exists (select 1 from login_throttle where username = ? and locked_until > ?)")
                .params(username, Timestamp.from(clock.instant())).query(Boolean.class).single());
    }

    /**
     * Counts a wrong password (or an unknown name). After a cool-down the count starts again; while a lock lasts it
     * stays. Row locking orders simultaneous failures, so exactly one of them reaches the limit and locks.
     */
    void failed(String username) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(coolDown));
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> {
            int failures = jdbc.sql("""
                    insert into login_throttle as t (username, attempts, locked_until)
                    values (:username, 1, case when 1 >= :max then cast(:until as timestamptz) end)
                    on conflict (username) do update set
                        attempts = case when t.locked_until <= :now then 1 else t.attempts + 1 end,
                        locked_until = case
                            when t.locked_until > :now then t.locked_until
                            when (case when t.locked_until <= :now then 1 else t.attempts + 1 end) >= :max
                                then cast(:until as timestamptz)
                            end
                    returning attempts
                    """).param("username", username).param("max", maxFailures).param("now", at)
                    .param("until", until).query(Integer.class).single();
            if (failures == maxFailures) {
                audit.record("LOGIN_LOCKED", "user", username, null,
                        username + " · " + failures + " × · " + coolDown.toMinutes() + " min");
            }
        }));
    }

    /** A correct password forgets earlier failures, but never lifts a lock set meanwhile by a concurrent failure. */
    void succeeded(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> jdbc.sql(
                "delete from login_throttle where username = ? and (locked_until is null or locked_until <= ?)")
                .params(username, now).update()));
    }
}
