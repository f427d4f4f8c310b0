package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-ins of one person at the same moment (several tabs, a shared office computer, a script's retries): correct
 * ones never add up to a lock; wrong ones lock the name exactly once, at the limit.
 */
@AcreditaIntegrationTest
class ConcurrentSignInTest {

    private static final int AT_ONCE = 12;
    private static final int MAX_FAILURES = 5;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private String username;

    @BeforeEach
    void aPerson() {
        username = NewAccounts.create(users, DemoOrganisations.c5(jdbc), Role.AGENCY_STAFF);
    }

    @AfterEach
    void unlock() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("delete from sign_in_throttle where username = ?")
                .param(username).update());
    }

    @Test
    void simultaneousCorrectSignInsAllSucceedAndLockNothing() throws Exception {
        List<String> answers = signInAtOnce(NewAccounts.PASSWORD);
        assertThat(answers).hasSize(AT_ONCE).allSatisfy(location -> assertThat(location).endsWith("/"));
        assertThat(lockEvents()).isZero();
        assertThat(AppClient.signedIn(port, username, NewAccounts.PASSWORD).get("/").status()).isEqualTo(200);
    }

    @Test
    void simultaneousWrongPasswordsLockTheNameOnceAtTheLimit() throws Exception {
        List<String> answers = signInAtOnce("no-es-la-clave");
        assertThat(answers).allSatisfy(location -> assertThat(location).matches(".*/login\\?error=(bad|locked)"));
        assertThat(answers.stream().filter(location -> location.endsWith("error=bad")).count())
                .isGreaterThanOrEqualTo(MAX_FAILURES);
        assertThat(lockEvents()).isEqualTo(1);
        assertThat(new AppClient(port).signIn(username, NewAccounts.PASSWORD).header("Location"))
                .endsWith("/login?error=locked");
    }

    @Test
    void failuresBelowTheLimitAreForgottenAfterASuccess() {
        AppClient client = new AppClient(port);
        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            assertThat(client.signIn(username, "mal-" + attempt).header("Location")).endsWith("error=bad");
        }
        assertThat(client.signIn(username, NewAccounts.PASSWORD).header("Location")).endsWith("/");
        for (int attempt = 1; attempt < MAX_FAILURES; attempt++) {
            assertThat(new AppClient(port).signIn(username, "otra-" + attempt).header("Location")).endsWith("error=bad");
        }
        assertThat(lockEvents()).isZero();
    }

    /** Each client loads the sign-in page (session and CSRF token) first, then all post together. */
    private List<String> signInAtOnce(String password) throws Exception {
        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
        ExecutorService people = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(people.submit(() -> {
                    AppClient client = new AppClient(port);
                    client.get("/login");
                    together.await();
                    AppClient.Response response = client.postForm("/login",
                            Map.of("username", username, "password", password));
                    assertThat(response.status()).isEqualTo(302);
                    return response.header("Location");
                }));
            }
            List<String> locations = new ArrayList<>();
            for (Future<String> answer : answers) {
                locations.add(answer.get());
            }
            return locations;
        } finally {
            people.shutdownNow();
        }
    }

    private long lockEvents() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'LOGIN_LOCKED' and summary like ?")
                .param(username + " %").query(Long.class).single());
    }
}
