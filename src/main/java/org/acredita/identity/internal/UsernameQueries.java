package org.acredita.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User names and ids of people, both ways, and the names they go by. */
@Repository
public class UsernameQueries {

    private final JdbcClient jdbc;

    UsernameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, String> usernames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, username from app_user where id = any(?)").param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("username"));
                });
        return names;
    }

    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user where id = any(?)").param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    /** Display names by id and by user name. */
    public record Names(Map<UUID, String> byId, Map<String, String> byUsername) {
    }

    /** The display names of the people with these ids or these user names, in one query. */
    public Names displayNames(Collection<UUID> ids, Collection<String> usernames) {
        Set<UUID> wantedIds = Set.copyOf(ids);
        Set<String> wantedUsernames = Set.copyOf(usernames);
        Map<UUID, String> byId = new HashMap<>();
        Map<String, String> byUsername = new HashMap<>();
        jdbc.sql("select id, username, display_name from app_user where id = any(?) or username = any(?)")
                .params(ids.toArray(UUID[]::new), usernames.toArray(String[]::new))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String username = rs.getString("username");
                    if (wantedIds.contains(id)) {
                        byId.put(id, rs.getString("display_name"));
                    }
                    if (wantedUsernames.contains(username)) {
                        byUsername.put(username, rs.getString("display_name"));
                    }
                });
        return new Names(byId, byUsername);
    }

    public Map<String, UUID> ids(Collection<String> usernames) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select id, username from app_user where username = any(?)").param(usernames.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("username"), rs.getObject("id", UUID.class));
                });
        return ids;
    }
}
