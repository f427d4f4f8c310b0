package org.acredita.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's other sessions, e.g. after a password change, on every node (sessions live in PostgreSQL). */
@Component
public class OtherSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OtherSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public int endAllBut(String username, String currentSessionId) {
        var others = sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(currentSessionId)).toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }
}
