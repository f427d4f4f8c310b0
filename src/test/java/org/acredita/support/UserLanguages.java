package org.acredita.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo users signed in and reading in a chosen language whatever they saved (a saved language beats
 * Accept-Language); {@link #giveBack()} restores what each one had, since other tests rely on it.
 */
public final class UserLanguages {

    private final int port;
    private final JdbcClient jdbc;
    private final Map<String, String> saved = new LinkedHashMap<>();

    public UserLanguages(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** Signed in, in the language the user saved. */
    public AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    /** Signed in and switched to this language ("es-MX" or "en"). */
    public AppClient in(String language, String username) {
        saved.computeIfAbsent(username, name -> CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select locale from app_user where username = ?").param(name).query(String.class).single()));
        AppClient client = client(username);
        client.postForm("/language", Map.of("lang", language, "redirect", "/"));
        return client;
    }

    public void giveBack() {
        saved.forEach((username, language) -> client(username).postForm("/language",
                Map.of("lang", language, "redirect", "/")));
        saved.clear();
    }
}
