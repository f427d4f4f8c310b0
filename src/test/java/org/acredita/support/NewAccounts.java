package org.acredita.support;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.internal.NewUser;
import org.acredita.identity.UserManagement;

/**
 * A fresh account with a password, for tests that change a person's own account (tokens, e-mail, password) or
 * hammer its sign-in, so the demo people other tests rely on stay as they were.
 */
public final class NewAccounts {

    public static final String PASSWORD = "clave-de-prueba-larga";

    private NewAccounts() {
    }

    /** Created through the service as seeding does (every rule and audit event applies); returns the user name. */
    public static String create(UserManagement users, UUID organisationId, Role role) {
        String username = "prueba-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentScope.runAs(AccessScope.SEEDING, () -> users.create(new NewUser(username, "Persona de prueba "
                + username, username + "@ejemplo.mx", "es-MX", organisationId, Set.of(role), PASSWORD)));
        return username;
    }

    /** A personal access token of a signed-in person, created in their session; returns its secret. */
    public static String token(AppClient person, int days) {
        person.get("/profile");
        AppClient.Response created = person.sendJson("POST", "/api/v1/me/tokens",
                "{\"name\":\"script\",\"expiresInDays\":" + days + "}", true);
        if (created.status() != 201) {
            throw new AssertionError("Token not created: " + created.status() + " " + created.body());
        }
        return created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }
}
