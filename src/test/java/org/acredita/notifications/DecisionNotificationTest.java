package org.acredita.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A standard returned to the agency, found in compliance, or a waiver decided: the standard's assignee and the
 * agency's accreditation managers are told at once, in the app and by e-mail in their language; the person who
 * decided and the agency's other people are not.
 */
@AcreditaIntegrationTest
class DecisionNotificationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    private static List<MimeMessage> awaitMailTo(String address, int count) throws InterruptedException {
        for (int i = 0; i < 100 && TestMailServer.mailTo(address).size() < count; i++) {
            Thread.sleep(100);
        }
        return TestMailServer.mailTo(address);
    }

    private static long told(NotificationFixture f, UUID person, String kind) {
        return f.count("select count(*) from notification where recipient_id = ? and kind = ?", person, kind);
    }

    @Test
    void aReturnedStandardTellsItsAssigneeAndTheAccreditationManagers() throws Exception {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Zapopan — decisiones");
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "en", true);
        UUID chief = f.user("titular", "AGENCY_CEO", true, "es-MX", true);
        UUID advisor = f.user("asesora", "ADVISOR", false, "es-MX", true);
        f.assign(advisor);
        UUID file = f.accreditationFile(2);
        String number = f.numbers(file).get(0);
        f.assignment(file, number, staff, null, "READY_FOR_REVIEW");
        String path = "/accreditation-files/" + file + "/standards/" + number;
        AppClient reviewer = AppClient.signedIn(port, f.username("asesora"), NotificationFixture.PASSWORD);
        assertThat(reviewer.get(path).status()).isEqualTo(200);

        AppClient.Response returned = reviewer.postForm(path + "/status",
                Map.of("action", "RETURN", "note", "Falta la firma del titular en la orden."));

        assertThat(returned.status()).isEqualTo(302);
        assertThat(told(f, staff, "STANDARD_RETURNED")).isOne();
        assertThat(told(f, manager, "STANDARD_RETURNED")).isOne();
        assertThat(told(f, chief, "STANDARD_RETURNED")).isZero();
        assertThat(told(f, advisor, "STANDARD_RETURNED")).isZero();
        assertThat(f.count("select count(*) from notification where recipient_id = ? and link = ?", staff, path)).isOne();

        AppClient assignee = AppClient.signedIn(port, f.username("personal"), NotificationFixture.PASSWORD);
        assertThat(assignee.get("/notifications").body()).contains("Persona asesora devolvió la norma " + number)
                .contains("Falta la firma del titular");
        assertThat(awaitMailTo(f.email("gerente"), 1)).extracting(MimeMessage::getSubject)
                .containsExactly("Acredita · Standard " + number + " was returned");
        assertThat(awaitMailTo(f.email("personal"), 1)).extracting(MimeMessage::getSubject)
                .containsExactly("Acredita · La norma " + number + " fue devuelta");
        assertThat(TestMailServer.mailTo(f.email("asesora"))).isEmpty();
    }

    @Test
    void complianceAndAWaiverDecisionAreToldToo() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Tlaquepaque — decisiones");
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        f.user("programa", "PROGRAMME_MANAGER", false, "en", true);
        UUID file = f.accreditationFile(2);
        List<String> numbers = f.numbers(file);
        f.assignment(file, numbers.get(0), staff, null, "READY_FOR_REVIEW");
        f.assignment(file, numbers.get(1), staff, null, "IN_PROGRESS");
        NotificationFixture.system(() -> jdbc.sql("update file_standard set request = 'WAIVER', request_reason = ?, "
                + "waiver_months = 6 where file_id = ? and number = ?").params("Sin equipo todavía", file, numbers.get(1))
                .update());
        AppClient body = AppClient.signedIn(port, f.username("programa"), NotificationFixture.PASSWORD);
        String base = "/accreditation-files/" + file + "/standards/";
        body.get(base + numbers.get(0));

        assertThat(body.postForm(base + numbers.get(0) + "/status", Map.of("action", "APPROVE")).status()).isEqualTo(302);
        assertThat(body.postForm(base + numbers.get(1) + "/status", Map.of("action", "ACCEPT_REQUEST")).status())
                .isEqualTo(302);

        for (UUID person : List.of(staff, manager)) {
            assertThat(told(f, person, "STANDARD_IN_COMPLIANCE")).isOne();
            assertThat(told(f, person, "WAIVER_ACCEPTED")).isOne();
        }
    }
}
