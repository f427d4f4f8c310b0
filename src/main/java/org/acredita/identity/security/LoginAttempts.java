package org.acredita.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.SignInPatternSeen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in per account and source together ({@link SignInSource}), in PostgreSQL so it holds across nodes.
 * Each failure is counted in one atomic upsert; from the limit on, a failure while the pair is not locked locks it,
 * for the cool-down the first time and twice as long each time after (up to a ceiling), audited. Failures are
 * forgotten after a quiet day. A success never counts, so people signing in at the same moment never lock
 * themselves out; unknown names are counted the same way, so the answers never reveal which accounts exist.
 * <p>
 * Failures from many addresses within the window (guessing spread over a botnet) lock the account for every
 * address, but not for the person's known devices, and alert the administrators once per episode
 * ({@link SignInPatternSeen}).
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration coolDown;
    private final Duration longestLock;
    private final int patternSources;
    private final Duration patternWindow;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock,
            @Value("${acredita.security.login.max-failures:5}") int maxFailures,
            @Value("${acredita.security.login.cool-down:15m}") Duration coolDown,
            @Value("${acredita.security.login.longest-lock:24h}") Duration longestLock,
            @Value("${acredita.security.login.pattern-sources:10}") int patternSources,
            @Value("${acredita.security.login.pattern-window:1h}") Duration patternWindow) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.coolDown = coolDown;
        this.longestLock = longestLock;
        this.patternSources = patternSources;
        this.patternWindow = patternWindow;
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

    /**
     * True while this source is locked out of the name (or, for a source that is not a known device, while the whole
     * account is): the password must then not even be checked. Only reads.
     */
    boolean locked(String username, SignInSource source) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select exists (select 1 from sign_in_throttle
                               where username = :username and source = :source and locked_until > :now)
                    or (not :device and exists (select 1 from sign_in_account_lock
                                                where username = :username and locked_until > :now))
                """).param("username", username).param("source", source.key()).param("device", source.knownDevice())
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).single());
    }

    /**
     * Counts a wrong password (or an unknown name) from this source. Row locking orders simultaneous failures, so
     * exactly one of them reaches the limit and locks; those counted while a lock lasts do not lengthen it.
     */
    void failed(String username, SignInSource source) {
        Instant now = clock.instant();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into sign_in_throttle as t (username, source, failures, last_failure_at)
                    values (:username, :source, 1, :now)
                    on conflict (username, source) do update set
                        failures = case when t.last_failure_at <= :forget and not coalesce(t.locked_until > :now, false)
                                        then 1 else t.failures + 1 end,
                        locks = case when t.last_failure_at <= :forget and not coalesce(t.locked_until > :now, false)
                                     then 0 else t.locks end,
                        last_failure_at = :now
                    """).param("username", username).param("source", source.key()).param("now", Timestamp.from(now))
                    .param("forget", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
            jdbc.sql("""
                    update sign_in_throttle set locks = locks + 1,
                        locked_until = cast(:now as timestamptz)
                            + least(:coolDown * power(2, least(locks, 30)), :longest) * interval '1 second'
                    where username = :username and source = :source and failures >= :max
                      and (locked_until is null or locked_until <= :now)
                    returning locked_until
                    """).param("username", username).param("source", source.key()).param("now", Timestamp.from(now))
                    .param("coolDown", coolDown.toSeconds()).param("longest", longestLock.toSeconds())
                    .param("max", maxFailures).query(Timestamp.class).optional()
                    .ifPresent(until -> audit.record("LOGIN_LOCKED", "user", username, null, username + " · "
                            + source.key() + " · " + Duration.between(now, until.toInstant()).toMinutes() + " min"));
            if (!source.knownDevice()) {
                noticePattern(username, now);
            }
        }));
    }

    /** Locks the account for addresses and raises the alert when many addresses failed lately (once per episode). */
    private void noticePattern(String username, Instant now) {
        int sources = jdbc.sql("""
                select count(*) from sign_in_throttle
                where username = ? and last_failure_at > ? and source like 'address:%'
                """).params(username, Timestamp.from(now.minus(patternWindow))).query(Integer.class).single();
        if (sources < patternSources) {
            return;
        }
        boolean alert = jdbc.sql("""
                insert into sign_in_account_lock as l (username, locked_until, alerted_at)
                values (:username, :until, :now)
                on conflict (username) do update set locked_until = excluded.locked_until,
                    alerted_at = case when l.alerted_at <= :alertAgain then excluded.alerted_at else l.alerted_at end
                where l.locked_until <= :now
                returning alerted_at = :now
                """).param("username", username).param("until", Timestamp.from(now.plus(coolDown)))
                .param("now", Timestamp.from(now)).param("alertAgain", Timestamp.from(now.minus(patternWindow)))
                .query(Boolean.class).optional().orElse(false);
        if (alert) {
            audit.record("SIGN_IN_PATTERN", "user", username, null, username + " · " + sources);
            events.publishEvent(new SignInPatternSeen(username, sources, now));
        }
    }

    /** A correct password forgets this source's failures, but never lifts a lock set meanwhile by a concurrent failure. */
    void succeeded(String username, SignInSource source) {
        Timestamp now = Timestamp.from(clock.instant());
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                delete from sign_in_throttle
                where username = ? and source = ? and (locked_until is null or locked_until <= ?)
                """).params(username, source.key(), now).update()));
    }
}
