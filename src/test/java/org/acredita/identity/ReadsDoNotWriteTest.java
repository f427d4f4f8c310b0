package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.acredita.support.SqlCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request that only reads commits no write: the session's last access and the token's last use are written at
 * most once a minute, and the session still ends after its timeout without requests.
 */
@AcreditaIntegrationTest
class ReadsDoNotWriteTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private String newAgencyManager() {
        return NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.ACCREDITATION_MANAGER);
    }

    @Test
    void aSecondPageWithinTheMinuteWritesNothingToTheSession() {
        AppClient person = AppClient.signedIn(port, newAgencyManager(), NewAccounts.PASSWORD);
        assertThat(person.get("/agencies").status()).isEqualTo(200);
        assertThat(person.get("/agencies").status()).isEqualTo(200);

        SqlCounter.Request second = SqlCounter.lastRequest("/agencies");
        assertThat(second.writes()).as(second.listing()).isEmpty();
    }

    @Test
    void theSessionsLastAccessIsWrittenOnceItIsAMinuteOld() {
        String username = newAgencyManager();
        AppClient person = AppClient.signedIn(port, username, NewAccounts.PASSWORD);
        person.get("/agencies");
        Instant twoMinutesAgo = Instant.now().minusSeconds(120);
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
                + "where principal_name = ?").params(twoMinutesAgo.toEpochMilli(), twoMinutesAgo.toEpochMilli(), username)
                .update();

        assertThat(person.get("/agencies").status()).isEqualTo(200);

        assertThat(SqlCounter.lastRequest("/agencies").writes()).hasSize(1);
        long stored = jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
        assertThat(Instant.ofEpochMilli(stored)).isAfter(Instant.now().minusSeconds(30));
    }

    @Test
    void aSessionWithoutRequestsForItsTimeoutHasEnded() {
        String username = newAgencyManager();
        AppClient person = AppClient.signedIn(port, username, NewAccounts.PASSWORD);
        person.get("/agencies");
        long thirtyMinutesAgo = Instant.now().minusSeconds(30 * 60).toEpochMilli();
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
                + "where principal_name = ?").params(thirtyMinutesAgo, thirtyMinutesAgo, username).update();

        AppClient.Response page = person.get("/agencies");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login?expired");
    }

    @Test
    void aSecondApiCallWithinTheMinuteWritesNothingToTheToken() {
        String username = newAgencyManager();
        AppClient script = AppClient.withToken(port,
                NewAccounts.token(AppClient.signedIn(port, username, NewAccounts.PASSWORD), 1));
        assertThat(script.getJson("/api/v1/agencies").status()).isEqualTo(200);
        assertThat(script.getJson("/api/v1/agencies").status()).isEqualTo(200);

        SqlCounter.Request second = SqlCounter.lastRequest("/api/v1/agencies");
        assertThat(second.writes()).as(second.listing()).isEmpty();
        assertThat(lastUsed(username)).isNotNull();
    }

    @Test
    void theTokensLastUseIsWrittenOnceItIsAMinuteOld() {
        String username = newAgencyManager();
        AppClient script = AppClient.withToken(port,
                NewAccounts.token(AppClient.signedIn(port, username, NewAccounts.PASSWORD), 1));
        script.getJson("/api/v1/agencies");
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("update access_token set last_used_at = now() "
                + "- interval '2 minutes' where user_id = (select id from app_user where username = ?)").param(username)
                .update());

        assertThat(script.getJson("/api/v1/agencies").status()).isEqualTo(200);

        assertThat(lastUsed(username).toInstant()).isAfter(Instant.now().minusSeconds(30));
    }

    private Timestamp lastUsed(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select t.last_used_at from access_token t "
                + "join app_user u on u.id = t.user_id where u.username = ?").param(username).query(Timestamp.class)
                .single());
    }
}
