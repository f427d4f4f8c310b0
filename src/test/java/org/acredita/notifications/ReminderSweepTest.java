package org.acredita.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.notifications.internal.ReminderSweep;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sweep reminds the agency's managers and assigned advisors once per event, in the app and by e-mail
 * in each person's language, however often and however concurrently it runs.
 */
@AcreditaIntegrationTest
class ReminderSweepTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    @LocalServerPort
    int port;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /** An agency whose self-assessment is due in 30 days, award expires in 100 and one item is 5 days late. */
    private record Scene(NotificationFixture fixture, UUID ceo, UUID manager, UUID staff, UUID advisor,
            UUID otherAdvisor, UUID disabled, UUID selfAssessment, UUID award, UUID item) {
    }

    private Scene scene(String name) {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, name);
        UUID ceo = f.user("titular", "AGENCY_CEO", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "en", true);
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID advisor = f.user("asesora", "ADVISOR", false, "es-MX", true);
        UUID otherAdvisor = f.user("asesor.ajeno", "ADVISOR", false, "es-MX", true);
        UUID disabled = f.user("gerente.anterior", "ACCREDITATION_MANAGER", true, "es-MX", false);
        f.assign(advisor);
        return new Scene(f, ceo, manager, staff, advisor, otherAdvisor, disabled,
                f.selfAssessmentDue(TODAY.plusDays(30)), f.awardExpires(TODAY.plusDays(100)),
                f.improvementItem("Actualizar el procedimiento de custodia", TODAY.minusDays(5)));
    }

    private long notices(NotificationFixture f, UUID user) {
        return f.count("select count(*) from notification where recipient_id = ? and agency_id = ?", user, f.agency);
    }

    @Test
    void remindsTheManagersAndAssignedAdvisorsOfEachEventOnce() {
        Scene s = scene("Policía de Tlaquepaque — avisos");

        ReminderSweep.Outcome first = sweep.run(TODAY);
        ReminderSweep.Outcome second = sweep.run(TODAY);

        assertThat(first.created()).isGreaterThanOrEqualTo(9);
        assertThat(second.created()).isZero();
        for (UUID person : List.of(s.ceo(), s.manager(), s.advisor())) {
            assertThat(notices(s.fixture(), person)).isEqualTo(3);
        }
        for (UUID person : List.of(s.staff(), s.otherAdvisor(), s.disabled())) {
            assertThat(notices(s.fixture(), person)).isZero();
        }
        assertThat(s.fixture().count("select count(*) from notification where recipient_id = ? and dedup_key in (?, ?, ?)",
                s.ceo(), "SELF_ASSESSMENT_DEADLINE:" + s.selfAssessment() + ":" + TODAY.plusDays(30) + ":30",
                "AWARD_EXPIRY:" + s.award() + ":" + TODAY.plusDays(100) + ":180",
                "IMPROVEMENT_OVERDUE:" + s.item() + ":" + TODAY.minusDays(5))).isEqualTo(3);
        assertThat(s.fixture().count("select count(*) from audit_event where action = 'REMINDERS_CREATED' "
                + "and target_id = ?", TODAY.toString())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void emailsEachReminderOnceInTheRecipientsLanguage() throws Exception {
        Scene s = scene("Centro de Mando de Zapopan — correos");

        sweep.run(TODAY);
        sweep.run(TODAY);

        List<MimeMessage> spanish = TestMailServer.mailTo(s.fixture().email("titular"));
        List<MimeMessage> english = TestMailServer.mailTo(s.fixture().email("gerente"));
        assertThat(spanish).hasSize(3);
        assertThat(english).hasSize(3);
        assertThat(TestMailServer.mailTo(s.fixture().email("personal"))).isEmpty();
        assertThat(spanish).extracting(MimeMessage::getSubject).anyMatch(subject -> subject.contains(
                "Se acerca la fecha límite de autoevaluación de Centro de Mando de Zapopan"));
        assertThat(english).extracting(MimeMessage::getSubject).anyMatch(subject -> subject.contains(
                "Self-assessment deadline approaching for Centro de Mando de Zapopan"));
        String body = GreenMailUtil.getBody(english.get(0));
        assertThat(body).contains("/agencies/" + s.fixture().agency).contains("Open in Acredita");
        assertThat(s.fixture().count("select count(*) from notification where agency_id = ? and email_status = 'SENT' "
                + "and email_attempts = 1 and emailed_at is not null", s.fixture().agency)).isEqualTo(9);
    }

    @Test
    void remindersGoToTheAddressThePersonKeepsOnTheirProfile() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Tepatitlán — correo nuevo");
        f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        AppClient client = AppClient.signedIn(port, f.username("gerente"), NotificationFixture.PASSWORD);
        client.get("/profile");
        String changed = f.email("nuevo");

        assertThat(client.postForm("/profile/email", Map.of("email", "no es un correo")).status()).isEqualTo(302);
        assertThat(client.get("/profile").body()).contains("El correo electrónico no es válido");
        assertThat(client.postForm("/profile/email", Map.of("email", changed)).status()).isEqualTo(302);
        assertThat(client.get("/profile").body()).contains("value=\"" + changed + "\"");
        f.improvementItem("Actualizar el reglamento interno", TODAY.minusDays(1));
        sweep.run(TODAY);

        assertThat(TestMailServer.mailTo(changed)).hasSize(1);
        assertThat(TestMailServer.mailTo(f.email("gerente"))).isEmpty();
    }

    @Test
    void twoNodesSweepingAtOnceNotifyAndEmailOnce() throws Exception {
        Scene s = scene("Instituto Policial de Jalisco — dos nodos");
        SweepRace.twice(sweep, TODAY);

        assertThat(s.fixture().count("select count(*) from notification where agency_id = ?", s.fixture().agency))
                .isEqualTo(9);
        for (String who : List.of("titular", "gerente", "asesora")) {
            assertThat(TestMailServer.mailTo(s.fixture().email(who))).hasSize(3);
        }
    }
}
