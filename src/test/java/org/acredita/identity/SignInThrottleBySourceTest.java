package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.MovableClock;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throttling that cannot be turned against a person (issue 14 §6): failures are counted per account and source, so
 * an outsider's guesses lock out the outsider's address, with a growing delay, and never the owner elsewhere or on a
 * device the owner signed in from; guesses from many addresses lock the account except on known devices and alert
 * the administrators once.
 */
@AcreditaIntegrationTest
class SignInThrottleBySourceTest {

    private static final String ATTACKER = "203.0.113.66";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    MovableClock clock;

    private String owner;

    @BeforeEach
    void anOwner() {
        owner = NewAccounts.create(users, DemoOrganisations.c5(jdbc), Role.AGENCY_STAFF);
    }

    @AfterEach
    void forget() {
        clock.reset();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            jdbc.sql("delete from sign_in_throttle where username = ?").param(owner).update();
            return jdbc.sql("delete from sign_in_account_lock where username = ?").param(owner).update();
        });
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressButNotTheOwnerElsewhereNorOnTheirDevice() {
        AppClient ownersLaptop = new AppClient(port).from("198.51.100.10");
        assertThat(ownersLaptop.signIn(owner, NewAccounts.PASSWORD).header("Location")).endsWith("/");
        signOut(ownersLaptop);

        AppClient attacker = new AppClient(port).from(ATTACKER);
        for (int attempt = 1; attempt <= 20; attempt++) {
            String answer = attacker.signIn(owner, "adivina-" + attempt).header("Location");
            assertThat(answer).endsWith(attempt <= 5 ? "error=bad" : "error=locked");
        }
        assertThat(attacker.signIn(owner, NewAccounts.PASSWORD).header("Location")).endsWith("error=locked");

        assertThat(new AppClient(port).from("198.51.100.20").signIn(owner, NewAccounts.PASSWORD).header("Location"))
                .as("the owner from another address").endsWith("/");
        ownersLaptop.from(ATTACKER);
        assertThat(ownersLaptop.signIn(owner, NewAccounts.PASSWORD).header("Location"))
                .as("the owner's known device, even behind the attacker's address").endsWith("/");
        assertThat(locks()).isEqualTo(1);
    }

    @Test
    void theAttackersAddressStaysLockedWithAGrowingDelay() {
        AppClient attacker = new AppClient(port).from(ATTACKER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signIn(owner, "adivina-" + attempt);
        }
        Duration first = lockedFor();
        assertThat(first).isEqualTo(Duration.ofMinutes(15));

        clock.moveTo(Instant.now().plus(first).plusSeconds(1));
        assertThat(attacker.signIn(owner, "adivina-6").header("Location")).endsWith("error=bad");
        assertThat(attacker.signIn(owner, NewAccounts.PASSWORD).header("Location")).endsWith("error=locked");
        Duration second = lockedFor();
        assertThat(second).isEqualTo(Duration.ofMinutes(30));

        clock.moveTo(Instant.now().plus(first).plus(second).plusSeconds(2));
        attacker.signIn(owner, "adivina-7");
        assertThat(lockedFor()).isEqualTo(Duration.ofMinutes(60));
        assertThat(locks()).isEqualTo(3);
    }

    @Test
    void failuresFromManyAddressesLockTheAccountExceptOnKnownDevicesAndAlertTheAdministratorsOnce() {
        AppClient ownersLaptop = new AppClient(port).from("198.51.100.10");
        assertThat(ownersLaptop.signIn(owner, NewAccounts.PASSWORD).header("Location")).endsWith("/");
        signOut(ownersLaptop);

        for (int address = 1; address <= 20; address++) {
            new AppClient(port).from("192.0.2." + address).signIn(owner, "adivina-" + address);
        }

        assertThat(new AppClient(port).from("198.51.100.30").signIn(owner, NewAccounts.PASSWORD).header("Location"))
                .as("an unknown device while the account is locked").endsWith("error=locked");
        assertThat(ownersLaptop.signIn(owner, NewAccounts.PASSWORD).header("Location")).endsWith("/");
        signOut(ownersLaptop);
        long admins = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from app_user u
                where u.enabled and exists (select 1 from role_grant g where g.user_id = u.id and g.role = 'ADMIN')
                """).query(Long.class).single());
        assertThat(alerts()).isEqualTo(admins).isPositive();
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'SIGN_IN_PATTERN' and summary like ?")
                .param(owner + " %").query(Long.class).single())).isEqualTo(1);
        AppClient admin = AppClient.signedIn(port, "admin");
        assertThat(admin.get("/notifications").body()).contains(owner).contains("direcciones distintas");
    }

    /** The session ends; the device's cookie stays, as in a browser. */
    private static void signOut(AppClient client) {
        client.get("/");
        assertThat(client.postForm("/logout", Map.of()).header("Location")).endsWith("/login?logout");
    }

    private Duration lockedFor() {
        return Duration.ofSeconds(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select extract(epoch from locked_until - last_failure_at)::bigint from sign_in_throttle
                where username = ? and source = ?
                """).params(owner, "address:" + ATTACKER).query(Long.class).single()));
    }

    private long locks() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'LOGIN_LOCKED' and summary like ?")
                .param(owner + " %").query(Long.class).single());
    }

    private long alerts() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from notification where kind = 'SIGN_IN_PATTERN' and parameters ->> 'title' = ?")
                .param(owner).query(Long.class).single());
    }
}
