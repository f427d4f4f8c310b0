package org.acredita.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second wall: even when a service forgets its check and queries tables directly, PostgreSQL's
 * row-level security returns nothing of another agency and refuses to change it.
 */
@AcreditaIntegrationTest
class RowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private AccessScope staffOf(UUID agency) {
        return new AccessScope(UUID.randomUUID(), "test", agency, Set.of(Role.AGENCY_STAFF), Reach.of(Set.of(agency)),
                Reach.of(Set.of(agency)));
    }

    @Test
    void rawQueriesSeeNoForeignRows() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        List<UUID> organisations = CurrentScope.runAs(staffOf(police), () ->
                transactions.execute(s -> jdbc.sql("select id from organisation").query(UUID.class).list()));
        assertThat(organisations).contains(police).doesNotContain(c5);

        List<UUID> userAgencies = CurrentScope.runAs(staffOf(police), () -> transactions.execute(s ->
                jdbc.sql("select agency_id from app_user where agency_id is not null").query(UUID.class).list()));
        assertThat(userAgencies).isNotEmpty().allMatch(police::equals);

        Long foreignFiles = CurrentScope.runAs(staffOf(police), () -> transactions.execute(s ->
                jdbc.sql("select count(*) from stored_file where agency_id <> ?").param(police).query(Long.class).single()));
        assertThat(foreignFiles).isZero();
    }

    @Test
    void rawUpdatesCannotTouchForeignRows() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        Integer changed = CurrentScope.runAs(staffOf(police), () -> transactions.execute(s ->
                jdbc.sql("update organisation set name = 'secuestrado' where id = ?").param(c5).update()));
        assertThat(changed).isZero();
        assertThatThrownBy(() -> CurrentScope.runAs(staffOf(police), () -> transactions.execute(s ->
                jdbc.sql("insert into stored_file (agency_id, owner_type, owner_id, sha256, size_bytes, content_type, original_name) "
                        + "values (?, 'organisation-document', ?, repeat('a', 64), 1, 'text/plain', 'x.txt')")
                        .params(c5, c5.toString()).update())))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void aPooledConnectionAlwaysCarriesTheReachOfWhoeverTakesItNext() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        AccessScope policeStaff = staffOf(police);
        AccessScope c5Staff = staffOf(c5);
        for (AccessScope scope : List.of(policeStaff, policeStaff, c5Staff, AccessScope.NOBODY, c5Staff, c5Staff,
                AccessScope.SYSTEM, policeStaff)) {
            for (boolean inTransaction : new boolean[] {false, true}) {
                String read = CurrentScope.runAs(scope, () -> inTransaction
                        ? transactions.execute(s -> currentRead())
                        : currentRead());
                assertThat(read).isEqualTo(scope.read().asSetting());
            }
        }
    }

    private String currentRead() {
        return jdbc.sql("select current_setting('acredita.read')").query(String.class).single();
    }

    @Test
    void withoutAScopeNothingAgencyOwnedIsVisible() {
        Long visible = transactions.execute(s -> jdbc.sql("select count(*) from organisation where kind = 'AGENCY'")
                .query(Long.class).single());
        assertThat(visible).isZero();
    }

    @Test
    void applicationRoleIsBoundByRowLevelSecurity() {
        Boolean bypasses = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user").query(Boolean.class).single());
        assertThat(bypasses).isFalse();
    }

    /**
     * Policies compute the caller's reach once per statement (see V20); a policy written with the
     * per-row functions would make large programmes slow again. A migration that adds policies ends
     * with "select acredita_optimise_policies();".
     */
    @Test
    void everyPolicyComputesTheReachOncePerStatement() {
        List<String> slow = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select tablename || '.' || policyname from pg_policies
                where schemaname = 'public'
                  and (coalesce(qual, '') ~ 'acredita_can_(read|write)\\(' or coalesce(with_check, '') ~ 'acredita_can_(read|write)\\(')
                """).query(String.class).list());
        assertThat(slow).isEmpty();
        Long policies = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from pg_policies where schemaname = 'public' and qual like '%acredita_read_agencies%'")
                .query(Long.class).single());
        assertThat(policies).isGreaterThan(10);
    }
}
