package org.acredita.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.internal.AccessToken;
import org.acredita.identity.internal.AccessTokens;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;
import org.acredita.identity.UserManagement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller: who they are, their language, and their personal access tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user / El usuario que llama")
class MeApi {

    record OrganisationRef(UUID id, String name, String kind) {
    }

    record Me(UUID id, String username, String displayName, String locale, OrganisationRef organisation,
            List<String> roles) {
    }

    record Settings(String locale) {
    }

    record NewToken(String name, Integer expiresInDays) {
    }

    private final UserManagement users;
    private final AccessTokens tokens;

    MeApi(UserManagement users, AccessTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Who is calling: user, organisation and roles")
    Me me() {
        SignedInUser user = CurrentUser.get().orElseThrow();
        return new Me(user.id(), user.username(), user.displayName(), user.locale(),
                new OrganisationRef(user.organisation().id(), user.organisation().name(), user.organisation().kind().name()),
                user.roles().stream().map(Enum::name).sorted().toList());
    }

    @PatchMapping
    @Operation(summary = "Change the caller's language (es-MX or en)")
    Map<String, String> update(@RequestBody Settings settings) {
        return Map.of("locale", users.changeOwnLocale(settings == null ? null : settings.locale()));
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token; the secret is returned this once",
            description = "Needs a session signed in with a password: a call with a token answers 403.")
    Map<String, String> createToken(@RequestBody NewToken request) {
        return Map.of("token", tokens.create(request.name(), request.expiresInDays()));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's tokens (never their secrets)")
    List<AccessToken> tokens() {
        return tokens.mine();
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@PathVariable("id") UUID id) {
        tokens.revoke(id);
    }
}
