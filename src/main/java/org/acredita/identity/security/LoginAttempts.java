package org.acredita.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in per user name: every attempt is counted atomically before the password is checked,
 * and after too many since the last success the name is locked for a cool-down (audited). Unknown names
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

    /** Counts this attempt; true when the name is locked and the password must not even be checked. */
    boolean countAndCheckLocked(String username) {
        Instant now = clock.instant();
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> Boolean.TRUE.equals(transactions.execute(status -> {
            var state = jdbc.sql("""
                    insert into login_throttle (username, attempts) values (?, 1)
                    on conflict (username) do update set
                        attempts = case when login_throttle.locked_until <= ? then 1 else login_throttle.attempts + 1 end,
                        locked_until = case when login_throttle.locked_until <= ? then null else login_throttle.locked_until end
                    returning attempts, locked_until
                    """).params(username, Timestamp.from(now), Timestamp.from(now))
                    .query((rs, row) -> new Object[] {rs.getInt(1), rs.getTimestamp(2)}).single();
            if (state[1] != null) {
                return true;
            }
            int attempts = (Integer) state[0];
            if (attempts <= maxFailures) {
                return false;
            }
            jdbc.sql("update login_throttle set locked_until = ?, attempts = 0 where username = ?")
                    .params(Timestamp.from(now.plus(coolDown)), username).update();
            audit.record("LOGIN_LOCKED", "user", username, null,
                    username + " · " + (attempts - 1) + " × · " + coolDown.toMinutes() + " min");
            return true;
        })));
    }

    void succeeded(String username) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status ->
                jdbc.sql("delete from login_throttle where username = ?").param(username).update()));
    }
}
