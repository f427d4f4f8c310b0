package org.acredita.assessments.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.OrganisationKind;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Finding;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.TeamRole;
import org.acredita.assessments.Verdict;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;
import org.acredita.standards.Text;
import org.acredita.standards.oscal.OscalFiles;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A verdict on an element (the demo has none) becomes an observation and a finding on the element's statement item,
 * and a site-based assessment's corrective action a remediation with its milestone, valid OSCAL 1.1.2.
 */
class ElementFindingsTest {

    private final UUID agency = UUID.randomUUID();
    private final UUID body = UUID.randomUUID();
    private final UUID leader = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID assessmentId = UUID.randomUUID();

    @Test
    void anElementFindingTargetsTheStatementItemAndItsActionHasAMilestone() {
        OscalWords words = new OscalWords(messages());
        OscalInput input = input();
        JsonNode results = AssessmentResultsWriter.write(input, words);
        JsonNode plan = PoamWriter.write(input, words);
        assertThat(OscalFiles.schemaErrors(results)).isEmpty();
        assertThat(OscalFiles.schemaErrors(plan)).isEmpty();
        JsonNode result = results.path("assessment-results").path("results").get(0);
        assertThat(result.path("findings").get(0).path("target").path("target-id").asString())
                .isEqualTo("c1.1.1_smt.b");
        assertThat(result.path("observations").get(1).path("methods").toString()).contains("INTERVIEW");
        assertThat(result.path("end").asString()).isEqualTo("2026-03-12T23:59:59-06:00");
        JsonNode risk = plan.path("plan-of-action-and-milestones").path("risks").get(0);
        assertThat(risk.path("status").asString()).isEqualTo("remediating");
        assertThat(risk.path("remediations").get(0).path("tasks").get(0).path("timing").path("on-date")
                .path("date").asString()).isEqualTo("2026-05-01T23:59:59-06:00");
        assertThat(AssessmentResultsWriter.write(input, words)).as("the same record, the same document")
                .isEqualTo(results);
    }

    private OscalInput input() {
        Assessment assessment = new Assessment(assessmentId, agency, UUID.randomUUID(), UUID.randomUUID(),
                AssessmentKind.SITE_BASED_ASSESSMENT, AssessmentStatus.FINDINGS_TO_AGENCY, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 12), ScopeMode.ALL, null, null, "ab".repeat(32),
                Instant.parse("2026-03-10T15:00:00Z"), Instant.parse("2026-03-01T15:00:00Z"),
                List.of(new TeamMember(leader, "Líder", TeamRole.TEAM_LEADER, List.of())));
        Instant recorded = Instant.parse("2026-03-11T16:00:00Z");
        Finding.CorrectiveAction action = new Finding.CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(),
                "Capacitar al turno nocturno.", owner, "Dueña", LocalDate.of(2026, 5, 1), List.of(),
                Finding.ActionState.UNDER_REVIEW, null, recorded, null);
        Finding finding = new Finding(action.findingId(), assessmentId, agency, "1.1.1", "b", Finding.Severity.MAJOR,
                Finding.State.UNDER_REVIEW, "Falta la lista de asistencia.", recorded, recorded, action, List.of());
        return new OscalInput(assessment, new Organisation(agency, OrganisationKind.AGENCY, "Policía de Prueba", "14",
                ZoneId.of("America/Mexico_City")), UUID.randomUUID(),
                List.of(new OscalInput.ScopeLine("1.1.1", Text.of("Norma", "Standard"))), Map.of("1.1.1", "c1.1.1"),
                List.of(new OscalInput.Observed("1.1.1", null, Verdict.IN_COMPLIANCE, null, null, leader, recorded),
                        new OscalInput.Observed("1.1.1", "b", Verdict.NOT_IN_COMPLIANCE, null,
                                "Falta la lista de asistencia.", leader, recorded)),
                List.of(finding),
                Map.of(leader, new StaffMember(leader, "Líder", body, "Organismo"),
                        owner, new StaffMember(owner, "Dueña", agency, "Policía de Prueba")));
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }
}
