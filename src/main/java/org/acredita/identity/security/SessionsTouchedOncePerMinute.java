package org.acredita.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last access at most once a minute. Spring Session marks a session
 * changed on every request only because its last access moved, so every page read would commit an UPDATE and
 * wait for a WAL flush; here the request's access time is kept in memory and written only when the stored one is
 * a minute old or more, or when the session is written anyway (an attribute, its id or its timeout changed).
 * Spring Session offers no such setting (its flush and save modes only say when changes are written).
 *
 * <p>Expiry stays enforced by the stored last access, which lags the real one by less than a minute: a session
 * ends after between {@code timeout - 1 min} and {@code timeout} without a request (29 to 30 minutes by default),
 * never later.
 *
 * <p>Within one request ({@link #oneRequest}) a session is read once: Spring Session's filter reads it again
 * when it commits the second time at the end of the request, and gets the session it already holds.
 *
 * <p>The store is used under the system's scope: the session tables have no row-level security, and the caller's
 * scope, read next ({@code SignedInUserLoader}), is read under the system's scope too, so both reads share the
 * connection's settings and the request writes them once less.
 */
final class SessionsTouchedOncePerMinute<S extends Session>
        implements FindByIndexNameSessionRepository<SessionsTouchedOncePerMinute.Touched> {

    static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;
    private final ThreadLocal<Map<String, Touched>> readInThisRequest = new ThreadLocal<>();

    SessionsTouchedOncePerMinute(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession(), true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Touched session) {
        session.beforeSave();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> store.save((S) session.stored));
    }

    @Override
    public Touched findById(String id) {
        Map<String, Touched> read = readInThisRequest.get();
        Touched known = read == null ? null : read.get(id);
        if (known != null) {
            return known;
        }
        S found = CurrentScope.runAs(AccessScope.SYSTEM, () -> store.findById(id));
        Touched session = found == null ? null : new Touched(found, false);
        if (session != null && read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Touched> read = readInThisRequest.get();
        if (read != null) {
            read.remove(id);
        }
        CurrentScope.runAs(AccessScope.SYSTEM, () -> store.deleteById(id));
    }

    /** Runs a request (outside Spring Session's filter) with the sessions it reads remembered until it ends. */
    void oneRequest(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (readInThisRequest.get() != null) {
            chain.doFilter(request, response);
            return;
        }
        readInThisRequest.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            readInThisRequest.remove();
        }
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched> found = new LinkedHashMap<>();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> store.findByIndexNameAndIndexValue(indexName, indexValue))
                .forEach((id, session) -> found.put(id, new Touched(session, false)));
        return found;
    }

    /** A stored session whose last access reaches the store only when it is a minute newer, or with other changes. */
    static final class Touched implements Session {

        private final Session stored;
        private final boolean created;
        private Instant lastAccessed;
        private boolean otherChanges;

        Touched(Session stored, boolean created) {
            this.stored = stored;
            this.created = created;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            lastAccessed = time;
            if (created || !time.isBefore(stored.getLastAccessedTime().plus(WRITE_EVERY))) {
                stored.setLastAccessedTime(time);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed == null ? stored.getLastAccessedTime() : lastAccessed;
        }

        /** A session written anyway carries the newest access time. */
        private void beforeSave() {
            if (otherChanges && lastAccessed != null && lastAccessed.isAfter(stored.getLastAccessedTime())) {
                stored.setLastAccessedTime(lastAccessed);
            }
            otherChanges = false;
        }

        @Override
        public boolean isExpired() {
            Duration timeout = getMaxInactiveInterval();
            return !timeout.isNegative() && !Instant.now().isBefore(getLastAccessedTime().plus(timeout));
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            otherChanges = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            otherChanges = true;
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            otherChanges = true;
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            otherChanges = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }
    }
}
