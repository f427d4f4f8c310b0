package org.acredita.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.acredita.notifications.internal.ReminderSweep;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The self-assessment workspace's dates: an assigned standard reminds its assignee alone at each milestone
 * (a week before, on the day, overdue) exactly once; an ending waiver reminds the agency's managers and
 * assigned advisors; both by e-mail in each person's language.
 */
@AcreditaIntegrationTest
class SelfAssessmentRemindersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    @Autowired
    ReminderSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    private static long kinds(NotificationFixture f, UUID person, String kind) {
        return f.count("select count(*) from notification where recipient_id = ? and agency_id = ? and kind = ?", person,
                f.agency, kind);
    }

    @Test
    void theAssigneeAloneHearsOfEachMilestoneOnceHoweverOftenTheSweepRuns() throws Exception {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Ocotlán — asignaciones");
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "en", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID advisor = f.user("asesora", "ADVISOR", false, "es-MX", true);
        UUID gone = f.user("personal.anterior", "AGENCY_STAFF", true, "es-MX", false);
        f.assign(advisor);
        UUID file = f.accreditationFile(8);
        List<String> n = f.numbers(file);
        f.assignment(file, n.get(0), staff, TODAY.plusDays(7), "NOT_STARTED");
        f.assignment(file, n.get(1), staff, TODAY.plusDays(3), "IN_PROGRESS");
        f.assignment(file, n.get(2), staff, TODAY, "RETURNED");
        f.assignment(file, n.get(3), staff, TODAY.minusDays(12), "IN_PROGRESS");
        f.assignment(file, n.get(4), staff, TODAY.plusDays(8), "IN_PROGRESS");
        f.assignment(file, n.get(5), staff, TODAY.minusDays(2), "READY_FOR_REVIEW");
        f.assignment(file, n.get(6), gone, TODAY.minusDays(1), "IN_PROGRESS");
        f.assignment(file, n.get(7), manager, TODAY.minusDays(1), "NOT_STARTED");

        SweepRace.twice(sweep, TODAY);
        sweep.run(TODAY);

        assertThat(kinds(f, staff, "ASSIGNMENT_DUE")).isEqualTo(2);
        assertThat(kinds(f, staff, "ASSIGNMENT_DUE_TODAY")).isOne();
        assertThat(kinds(f, staff, "ASSIGNMENT_OVERDUE")).isOne();
        assertThat(kinds(f, manager, "ASSIGNMENT_OVERDUE")).isOne();
        assertThat(f.count("select count(*) from notification where agency_id = ?", f.agency)).isEqualTo(5);
        assertThat(f.count("select count(*) from notification where recipient_id in (?, ?)", advisor, gone)).isZero();
        assertThat(f.count("select count(*) from notification where recipient_id = ? and dedup_key = ? and link = ?",
                staff, "ASSIGNMENT_DUE:" + file + "/" + n.get(0) + ":" + TODAY.plusDays(7) + ":7",
                "/accreditation-files/" + file + "/standards/" + n.get(0))).isOne();

        // The next day the one due today is overdue: a new milestone, told once more.
        sweep.run(TODAY.plusDays(1));
        sweep.run(TODAY.plusDays(1));
        assertThat(kinds(f, staff, "ASSIGNMENT_OVERDUE")).isEqualTo(2);

        List<MimeMessage> english = TestMailServer.mailTo(f.email("personal"));
        assertThat(english).hasSize(6);
        assertThat(english).extracting(MimeMessage::getSubject).anyMatch(subject -> subject.equals(
                "Acredita · Standard " + n.get(3) + " assigned to you is overdue"));
        MimeMessage overdue = english.stream().filter(m -> subject(m).contains("overdue")).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(overdue).replace("=\r\n", ""))
                .contains("/accreditation-files/" + file + "/standards/");
        assertThat(TestMailServer.mailTo(f.email("gerente"))).extracting(MimeMessage::getSubject)
                .containsExactly("Acredita · Venció la fecha de la norma " + n.get(7) + " que tiene asignada");
    }

    @Test
    void anEndingWaiverRemindsTheAgencysManagersAndAdvisorsAtEachThreshold() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Arandas — dispensas");
        UUID ceo = f.user("titular", "AGENCY_CEO", true, "es-MX", true);
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "en", true);
        UUID staff = f.user("personal", "AGENCY_STAFF", true, "es-MX", true);
        UUID advisor = f.user("asesora", "ADVISOR", false, "es-MX", true);
        UUID otherAdvisor = f.user("asesor.ajeno", "ADVISOR", false, "es-MX", true);
        f.assign(advisor);
        UUID file = f.accreditationFile(6);
        List<String> n = f.numbers(file);
        f.waiver(file, n.get(0), TODAY.plusDays(60));
        f.waiver(file, n.get(1), TODAY.plusDays(45));
        f.waiver(file, n.get(2), TODAY.plusDays(7));
        f.waiver(file, n.get(3), TODAY);
        f.waiver(file, n.get(4), TODAY.minusDays(3));
        f.waiver(file, n.get(5), TODAY.plusDays(61));

        sweep.run(TODAY);
        sweep.run(TODAY);

        for (UUID person : List.of(ceo, manager, advisor)) {
            assertThat(kinds(f, person, "WAIVER_EXPIRING")).isEqualTo(3);
            assertThat(kinds(f, person, "WAIVER_EXPIRED")).isEqualTo(2);
        }
        assertThat(f.count("select count(*) from notification where recipient_id in (?, ?)", staff, otherAdvisor))
                .isZero();
        assertThat(f.count("select count(*) from notification where recipient_id = ? and dedup_key in (?, ?, ?, ?)",
                ceo, "WAIVER_EXPIRING:" + file + "/" + n.get(0) + ":" + TODAY.plusDays(60) + ":60",
                "WAIVER_EXPIRING:" + file + "/" + n.get(1) + ":" + TODAY.plusDays(45) + ":60",
                "WAIVER_EXPIRING:" + file + "/" + n.get(2) + ":" + TODAY.plusDays(7) + ":7",
                "WAIVER_EXPIRED:" + file + "/" + n.get(3) + ":" + TODAY)).isEqualTo(4);

        // Fifteen days later the 45-day one reaches 30 days, the 61-day one 60 days, the 7-day one ended; the
        // ended ones are not told again.
        sweep.run(TODAY.plusDays(15));
        assertThat(kinds(f, ceo, "WAIVER_EXPIRING")).isEqualTo(5);
        assertThat(kinds(f, ceo, "WAIVER_EXPIRED")).isEqualTo(3);

        assertThat(TestMailServer.mailTo(f.email("gerente"))).extracting(MimeMessage::getSubject)
                .contains("Acredita · Waiver of standard " + n.get(4) + " has ended at Policía de Arandas — dispensas "
                        + f.tag);
        assertThat(TestMailServer.mailTo(f.email("titular"))).extracting(MimeMessage::getSubject)
                .contains("Acredita · Se acerca el fin de la dispensa de la norma " + n.get(2)
                        + " en Policía de Arandas — dispensas " + f.tag);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
