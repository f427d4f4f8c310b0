package org.acredita.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A mention in a standard's comment tells the mentioned person at once, in the app and by e-mail in their
 * language, if they may read the agency; anyone else mentioned (another agency's people, advisors not
 * assigned, unknown or disabled accounts, the author) is ignored without a trace, and the thread shows every
 * mention alike, escaped.
 */
@AcreditaIntegrationTest
class MentionNotificationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /** E-mails go out right after the commit, off the request's thread: waits a little for them. */
    private static List<MimeMessage> awaitMailTo(String address) throws InterruptedException {
        for (int i = 0; i < 100 && TestMailServer.mailTo(address).isEmpty(); i++) {
            Thread.sleep(100);
        }
        return TestMailServer.mailTo(address);
    }

    private static long mentions(NotificationFixture f, UUID person) {
        return f.count("select count(*) from notification where recipient_id = ? and kind = 'MENTIONED'", person);
    }

    @Test
    void tellsOnlyTheMentionedPeopleWhoMayReadTheAgency() throws Exception {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Zapotlanejo — menciones");
        NotificationFixture other = new NotificationFixture(jdbc, passwords, "Policía de Tonalá — menciones");
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "en", true);
        UUID advisor = f.user("asesora", "ADVISOR", false, "es-MX", true);
        UUID unassigned = f.user("asesor.ajeno", "ADVISOR", false, "es-MX", true);
        UUID disabled = f.user("gerente.anterior", "ACCREDITATION_MANAGER", true, "es-MX", false);
        UUID programme = f.user("programa", "PROGRAMME_MANAGER", false, "en", true);
        UUID foreign = other.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        f.assign(advisor);
        UUID file = f.accreditationFile(2);
        String number = f.numbers(file).get(0);
        String path = "/accreditation-files/" + file + "/standards/" + number;
        AppClient author = AppClient.signedIn(port, f.username("personal"), NotificationFixture.PASSWORD);
        assertThat(author.get(path).status()).isEqualTo(200);

        AppClient.Response posted = author.postForm(path + "/comments", Map.of("body", "@" + f.username("gerente")
                + " y @" + f.username("asesora") + ": ¿revisan la orden <script>alert(1)</script>? Copio a @"
                + f.username("programa") + ", @" + other.username("gerente") + ", @" + f.username("asesor.ajeno")
                + ", @" + f.username("gerente.anterior") + ", @nadie." + f.tag + " y a mí, @" + f.username("personal")
                + ". Correo: buzon@" + f.username("asesora")));
        AppClient.Response ignored = author.postForm(path + "/comments", Map.of("body", "Solo @"
                + other.username("gerente") + " y @nadie." + f.tag));

        assertThat(posted.status()).isEqualTo(302);
        assertThat(ignored.status()).isEqualTo(posted.status());
        assertThat(ignored.header("Location")).isEqualTo(posted.header("Location"));
        for (UUID told : List.of(manager, advisor, programme)) {
            assertThat(mentions(f, told)).isOne();
        }
        for (UUID untold : List.of(staff, unassigned, disabled, foreign)) {
            assertThat(mentions(f, untold)).isZero();
        }
        assertThat(f.count("select count(*) from notification where recipient_id = ? and link = ? and agency_id = ?",
                manager, path, f.agency)).isOne();

        String page = author.get(path).body();
        assertThat(page).contains("<mark data-testid=\"mention\">@" + f.username("gerente") + "</mark>")
                .contains("<mark data-testid=\"mention\">@" + other.username("gerente") + "</mark>")
                .contains("<mark data-testid=\"mention\">@nadie." + f.tag + "</mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("buzon@" + f.username("asesora"));

        AppClient managerClient = AppClient.signedIn(port, f.username("gerente"), NotificationFixture.PASSWORD);
        assertThat(managerClient.getJson("/api/v1/notifications").body()).contains("MENTIONED")
                .contains("Persona personal mentioned you");

        List<MimeMessage> english = awaitMailTo(f.email("gerente"));
        List<MimeMessage> spanish = awaitMailTo(f.email("asesora"));
        assertThat(english).extracting(MimeMessage::getSubject)
                .containsExactly("Acredita · Persona personal mentioned you on standard " + number);
        assertThat(spanish).extracting(MimeMessage::getSubject)
                .containsExactly("Acredita · Persona personal le mencionó en la norma " + number);
        assertThat(GreenMailUtil.getBody(english.get(0)).replace("=\r\n", "")).contains(path);
        assertThat(TestMailServer.mailTo(other.email("gerente"))).isEmpty();
        assertThat(TestMailServer.mailTo(f.email("personal"))).isEmpty();
    }

    @Test
    void aRefusedCommentTellsNobody() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Atotonilco — menciones");
        f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID file = f.accreditationFile(1);
        String path = "/accreditation-files/" + file + "/standards/" + f.numbers(file).get(0);
        AppClient author = AppClient.signedIn(port, f.username("personal"), NotificationFixture.PASSWORD);
        assertThat(author.get(path).status()).isEqualTo(200);

        author.postForm(path + "/comments", Map.of("body", "@" + f.username("gerente") + " " + "x".repeat(5000)));

        assertThat(mentions(f, manager)).isZero();
        assertThat(f.count("select count(*) from file_standard_comment where file_id = ?", file)).isZero();
    }

    @Test
    void theDatabaseLetsAPersonWriteOnlyMentionNoticesForAnAgencyTheyMayChange() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Tala — filas de menciones");
        NotificationFixture other = new NotificationFixture(jdbc, passwords, "Policía de Ameca — filas de menciones");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID foreign = other.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        AccessScope staffScope = scope(staff, f.username("personal"), f.agency, Role.AGENCY_STAFF);
        AccessScope foreignScope = scope(foreign, other.username("gerente"), other.agency, Role.ACCREDITATION_MANAGER);
        String insert = "insert into notification (recipient_id, agency_id, kind, dedup_key, email_status) "
                + "values (?, ?, ?, ?, 'NONE')";

        CurrentScope.runAs(staffScope, () -> jdbc.sql(insert).params(manager, f.agency, "MENTIONED", "MENTIONED:x")
                .update());
        assertThatThrownBy(() -> CurrentScope.runAs(foreignScope, () -> jdbc.sql(insert)
                .params(manager, f.agency, "MENTIONED", "MENTIONED:forged").update()))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> CurrentScope.runAs(staffScope, () -> jdbc.sql(insert)
                .params(manager, f.agency, "ASSIGNMENT_OVERDUE", "forged").update()))
                .rootCause().hasMessageContaining("row-level security");
        assertThat(mentions(f, manager)).isOne();
        // Writing a notice for someone does not let the writer read it.
        assertThat(CurrentScope.runAs(staffScope, () -> jdbc.sql("select count(*) from notification where recipient_id = ?")
                .param(manager).query(Long.class).single())).isZero();
    }

    private static AccessScope scope(UUID user, String username, UUID agency, Role role) {
        Reach own = Reach.of(Set.of(agency));
        return new AccessScope(user, username, agency, Set.of(role), own, own);
    }

    @Test
    void theDemoThreadsMentionTheDemoPeople() {
        AppClient advisor = AppClient.signedIn(port, "asesor");
        assertThat(advisor.getJson("/api/v1/notifications").body()).contains("MENTIONED");
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        assertThat(staff.getJson("/api/v1/notifications").body()).contains("ASSIGNMENT_OVERDUE");
    }
}
