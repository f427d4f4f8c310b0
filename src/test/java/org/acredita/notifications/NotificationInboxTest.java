package org.acredita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.notifications.internal.ReminderSweep;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person sees and marks read only their own notifications, on the page and through the API. */
@AcreditaIntegrationTest
class NotificationInboxTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    @LocalServerPort
    int port;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Notifications notifications;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username, NotificationFixture.PASSWORD);
        client.get("/profile");
        return client;
    }

    private UUID noticeOf(NotificationFixture f, UUID user, String kind) {
        return NotificationFixture.system(() -> jdbc.sql("select id from notification where recipient_id = ? "
                + "and kind = ?").params(user, kind).query(UUID.class).single());
    }

    @Test
    void listsOnlyTheCallersOwnNotificationsAndRefusesAnothersAsNotFound() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Tonalá — bandeja");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID ceo = f.user("titular", "AGENCY_CEO", true, "en", true);
        f.selfAssessmentDue(TODAY.plusDays(6));
        f.improvementItem("Publicar la política de uso de la fuerza", TODAY.minusDays(3));
        sweep.run(TODAY);
        UUID ceosNotice = noticeOf(f, ceo, "IMPROVEMENT_OVERDUE");
        UUID managersNotice = noticeOf(f, manager, "IMPROVEMENT_OVERDUE");

        AppClient managerClient = client(f.username("gerente"));
        String mine = managerClient.getJson("/api/v1/notifications").body();
        assertThat(mine).contains(managersNotice.toString()).doesNotContain(ceosNotice.toString())
                .contains("\"kind\":\"SELF_ASSESSMENT_DEADLINE\"").contains("Publicar la política de uso de la fuerza")
                .contains("faltan 7 días o menos");
        assertThat(managerClient.sendJson("POST", "/api/v1/notifications/" + ceosNotice + "/read", "{}", true).status())
                .isEqualTo(404);
        assertThat(managerClient.postForm("/notifications/" + ceosNotice + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(managerClient.get("/notifications/" + ceosNotice + "/open").status()).isEqualTo(404);
        assertThat(f.count("select count(*) from notification where id = ? and read_at is null", ceosNotice)).isOne();

        String english = client(f.username("titular")).language("en").getJson("/api/v1/notifications").body();
        assertThat(english).contains(ceosNotice.toString()).contains("was due on").doesNotContain(managersNotice.toString());
    }

    @Test
    void pageShowsTheBellAndMarksReadOneByOneOrAll() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Centro de Mando de Guadalajara — página");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        f.selfAssessmentDue(TODAY.minusDays(2));
        f.improvementItem("Capacitar a operadores del 9-1-1", TODAY.minusDays(1));
        sweep.run(TODAY);
        UUID overdueItem = noticeOf(f, manager, "IMPROVEMENT_OVERDUE");
        AppClient client = client(f.username("gerente"));

        String page = client.get("/notifications").body();
        assertThat(page).contains("data-testid=\"notification-bell\"").contains("data-testid=\"unread-count\"")
                .contains("Capacitar a operadores del 9-1-1").contains("venció el")
                .contains("href=\"/notifications/" + overdueItem + "/open\"");

        AppClient.Response htmx = client.postHtmx("/notifications/" + overdueItem + "/read");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body().strip()).startsWith("<li").contains("data-read=\"true\"").doesNotContain("mark-read")
                .doesNotContain("<html");
        assertThat(client.getJson("/api/v1/notifications?unread=true").body()).doesNotContain(overdueItem.toString())
                .contains("SELF_ASSESSMENT_OVERDUE");

        AppClient.Response opened = client.get("/notifications/" + noticeOf(f, manager, "SELF_ASSESSMENT_OVERDUE")
                + "/open");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/agencies/" + f.agency);
        assertThat(client.getJson("/api/v1/notifications?unread=true").body()).isEqualTo("[]");
        assertThat(client.get("/notifications").body()).doesNotContain("data-testid=\"unread-count\"");

        f.improvementItem("Revisar el protocolo de despacho", TODAY.minusDays(4));
        sweep.run(TODAY);
        assertThat(client.postForm("/notifications/read-all", Map.of()).status()).isEqualTo(302);
        assertThat(f.count("select count(*) from notification where recipient_id = ? and read_at is null", manager))
                .isZero();
    }

    @Test
    void apiMarksOneRead() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Zapopan — API");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        f.improvementItem("Actualizar el manual de detenciones", TODAY.minusDays(10));
        sweep.run(TODAY);
        UUID notice = noticeOf(f, manager, "IMPROVEMENT_OVERDUE");
        AppClient client = client(f.username("gerente"));

        AppClient.Response read = client.sendJson("POST", "/api/v1/notifications/" + notice + "/read", "{}", true);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"readAt\":\"");
        assertThat(client.getJson("/api/v1/notifications?unread=true").body()).isEqualTo("[]");
    }

    @Test
    void theDatabaseShowsAPersonOnlyTheirOwnRowsAndLetsOnlyTheSystemCreateThem() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de El Salto — filas");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        f.user("titular", "AGENCY_CEO", true, "es-MX", true);
        f.improvementItem("Revisar la política de persecuciones", TODAY.minusDays(2));
        sweep.run(TODAY);
        Reach own = Reach.of(Set.of(f.agency));
        AccessScope managerScope = new AccessScope(manager, f.username("gerente"), f.agency,
                Set.of(Role.ACCREDITATION_MANAGER), own, own);
        AccessScope administrator = new AccessScope(UUID.randomUUID(), "admin", null, Set.of(Role.ADMIN), Reach.ALL,
                Reach.ALL);
        String count = "select count(*) from notification where agency_id = ?";

        assertThat(CurrentScope.runAs(managerScope, () -> jdbc.sql(count).param(f.agency).query(Long.class).single()))
                .isOne();
        assertThat(CurrentScope.runAs(administrator, () -> jdbc.sql(count).param(f.agency).query(Long.class).single()))
                .isZero();
        assertThatThrownBy(() -> CurrentScope.runAs(administrator, () -> jdbc.sql("insert into notification "
                + "(recipient_id, agency_id, kind, dedup_key, email_status) "
                + "values (?, ?, 'IMPROVEMENT_OVERDUE', 'forged', 'NONE')").params(manager, f.agency).update()))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void demoUsersFindTheOverdueDemoItemAfterStartUp() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        assertThat(manager.getJson("/api/v1/notifications").body()).contains("IMPROVEMENT_OVERDUE")
                .contains("Procedimiento de cadena de custodia de evidencia");
        assertThat(AppClient.signedIn(port, "asesor").getJson("/api/v1/notifications").body())
                .contains("Procedimiento de cadena de custodia de evidencia");
        assertThat(AppClient.signedIn(port, "gerente.academia").getJson("/api/v1/notifications").body())
                .doesNotContain("Procedimiento de cadena de custodia de evidencia");
    }

    @Test
    void anUnreadMentionStaysInTheInboxHoweverManyNewerRemindersArrive() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Menciones sepultadas");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        NotificationFixture.system(() -> {
            jdbc.sql("""
                    insert into notification (recipient_id, agency_id, kind, dedup_key, parameters, link, created_at,
                        email_status)
                    values (?, ?, 'MENTIONED', 'mention-1', '{"agency":"x","number":"1.1.1"}', '/notifications',
                        now() - interval '1 day', 'NONE')""").params(manager, f.agency).update();
            return jdbc.sql("""
                    insert into notification (recipient_id, agency_id, kind, dedup_key, email_status)
                    select ?, ?, 'IMPROVEMENT_OVERDUE', 'overdue-' || n, 'NONE' from generate_series(1, ?) n""")
                    .params(manager, f.agency, Notifications.PAGE_SIZE + 1).update();
        });
        AccessScope scope = new AccessScope(manager, f.username("gerente"), f.agency, Set.of(Role.ACCREDITATION_MANAGER),
                Reach.of(Set.of(f.agency)), Reach.of(Set.of(f.agency)));
        assertThat(CurrentScope.runAs(scope, () -> notifications.unreadMentions(java.util.Locale.ENGLISH)))
                .hasSize(1);
    }
}
