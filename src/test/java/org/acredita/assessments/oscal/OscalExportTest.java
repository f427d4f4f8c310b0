package org.acredita.assessments.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.standards.oscal.OscalFiles;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every demo assessment with verdicts exports an assessment-results document and (with findings) a plan of action
 * and milestones valid against the official OSCAL 1.1.2 schema, pointing at the controls and statements of its
 * edition's own OSCAL catalog export; the team's notes never travel; the same record gives the same uuids.
 */
@AcreditaIntegrationTest
class OscalExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAssessmentWithVerdictsExportsValidResultsAndPlansOfAction() {
        AppClient staff = AppClient.signedIn(port, "calea.pm");
        List<UUID> reviewed = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select distinct assessment_id from assessment_verdict").query(UUID.class).list());
        assertThat(reviewed).as("the demo's C5 review and the police's closed review").hasSizeGreaterThanOrEqualTo(2);
        int plans = 0;
        for (UUID id : reviewed) {
            AppClient.Response results = staff.getJson("/api/v1/assessments/" + id + "/oscal/assessment-results");
            assertThat(results.status()).as(results.body()).isEqualTo(200);
            assertThat(results.header("Content-Type")).startsWith("application/json");
            JsonNode document = JSON.readTree(results.body());
            assertThat(OscalFiles.schemaErrors(document)).as("assessment-results of " + id).isEmpty();
            pointsIntoTheCatalog(staff, id, document.path("assessment-results"));
            // The check is live inside the result: a start that is no date-time is caught.
            JsonNode broken = document.deepCopy();
            ((ObjectNode) broken.path("assessment-results").path("results").get(0)).put("start", "yesterday");
            assertThat(OscalFiles.schemaErrors(broken)).isNotEmpty();
            AppClient.Response poam = staff.getJson("/api/v1/assessments/" + id + "/oscal/poam");
            if (findings(id) == 0) {
                assertThat(poam.status()).as(poam.body()).isEqualTo(400);
                continue;
            }
            assertThat(poam.status()).as(poam.body()).isEqualTo(200);
            JsonNode plan = JSON.readTree(poam.body());
            assertThat(OscalFiles.schemaErrors(plan)).as("poam of " + id).isEmpty();
            assertThat(plan.path("plan-of-action-and-milestones").path("poam-items").size()).isEqualTo(findings(id));
            plans++;
        }
        assertThat(plans).as("the police's findings give a plan of action").isPositive();
    }

    @Test
    void thePoliceCorrectiveActionsBecomeRemediationsWithTheirOwnerAndDueDate() {
        UUID closed = policeReviewWithFindings();
        JsonNode plan = JSON.readTree(AppClient.signedIn(port, "gerente.policia")
                .getJson("/api/v1/assessments/" + closed + "/oscal/poam").body()).path("plan-of-action-and-milestones");
        JsonNode remediated = null;
        for (JsonNode risk : plan.path("risks")) {
            if (risk.has("remediations")) {
                remediated = risk;
            }
        }
        assertThat(remediated).as("a finding with a corrective action").isNotNull();
        JsonNode response = remediated.path("remediations").get(0);
        assertThat(response.path("tasks").get(0).path("type").asString()).isEqualTo("milestone");
        assertThat(response.path("tasks").get(0).path("timing").path("on-date").path("date").asString())
                .isEqualTo(remediated.path("deadline").asString());
        String owner = response.path("origins").get(0).path("actors").get(0).path("actor-uuid").asString();
        Set<String> owners = new HashSet<>();
        plan.path("metadata").path("responsible-parties").forEach(role -> {
            if (role.path("role-id").asString().equals("action-owner")) {
                role.path("party-uuids").forEach(uuid -> owners.add(uuid.asString()));
            }
        });
        assertThat(owners).contains(owner);
    }

    @Test
    void theTeamsPrivateNoteNeverLeavesTheTeam() {
        UUID c5Review = c5Review();
        AppClient reviewer = AppClient.signedIn(port, "evaluador");
        String results = reviewer.getJson("/api/v1/assessments/" + c5Review + "/oscal/assessment-results").body();
        String poam = reviewer.getJson("/api/v1/assessments/" + c5Review + "/oscal/poam").body();
        // The comment to the agency travels; the team notes ("Pedir en la visita…", "Directiva y pruebas…") don't.
        assertThat(results).contains("difusión firmada").contains("Daniel Brooks");
        for (String document : List.of(results, poam)) {
            assertThat(document).doesNotContain("Pedir en la visita").doesNotContain("Directiva y pruebas del año 1");
        }
        List<String> notes = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select team_note from assessment_verdict where team_note is not null").query(String.class).list());
        for (UUID id : CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select distinct assessment_id from assessment_verdict").query(UUID.class).list())) {
            String everything = AppClient.signedIn(port, "admin")
                    .getJson("/api/v1/assessments/" + id + "/oscal/assessment-results").body();
            notes.forEach(note -> assertThat(everything).doesNotContain(note));
        }
    }

    @Test
    void theSameAssessmentExportsTheSameUuids() {
        UUID closed = policeReviewWithFindings();
        AppClient staff = AppClient.signedIn(port, "calea.pm");
        for (String document : List.of("assessment-results", "poam")) {
            String first = staff.getJson("/api/v1/assessments/" + closed + "/oscal/" + document).body();
            String second = AppClient.signedIn(port, "gerente.policia")
                    .getJson("/api/v1/assessments/" + closed + "/oscal/" + document).body();
            assertThat(uuids(JSON.readTree(second))).as(document).isEqualTo(uuids(JSON.readTree(first)))
                    .allMatch(uuid -> UUID.fromString(uuid).version() == 5);
            assertThat(second).as(document + ": staff and agency read the same record").isEqualTo(first);
        }
    }

    /** Reviewed controls and finding targets are controls and statements of the edition's catalog export. */
    private void pointsIntoTheCatalog(AppClient staff, UUID assessment, JsonNode results) {
        String edition = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select f.edition_id::text from "
                + "assessment a join accreditation_file f on f.id = a.file_id where a.id = ?").param(assessment)
                .query(String.class).single());
        AppClient.Response export = staff.get("/api/v1/manuals/" + edition + "/export?format=oscal-json");
        assertThat(export.status()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        collectIds(JSON.readTree(export.body()).path("catalog"), ids);
        JsonNode result = results.path("results").get(0);
        List<String> selected = new ArrayList<>();
        result.path("reviewed-controls").path("control-selections").get(0).path("include-controls")
                .forEach(control -> selected.add(control.path("control-id").asString()));
        assertThat(selected).isNotEmpty();
        assertThat(ids).containsAll(selected);
        result.path("findings").forEach(finding -> assertThat(ids)
                .contains(finding.path("target").path("target-id").asString()));
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            if (node.has("id")) {
                ids.add(node.path("id").asString());
            }
            node.forEach(child -> collectIds(child, ids));
        } else if (node.isArray()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }

    private static List<String> uuids(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("uuid") || field.getKey().endsWith("-uuid")) {
                    found.add(field.getValue().asString());
                }
                found.addAll(uuids(field.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(child -> found.addAll(uuids(child)));
        }
        return found;
    }

    private long findings(UUID assessment) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from assessment_finding "
                + "where assessment_id = ? and state <> 'WITHDRAWN'").param(assessment).query(Long.class).single());
    }

    private UUID c5Review() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from assessment where agency_id = ? "
                + "and status = 'IN_PROGRESS' and kind = 'REMOTE_FILE_REVIEW'").param(c5).query(UUID.class).single());
    }

    private UUID policeReviewWithFindings() {
        UUID police = DemoOrganisations.police(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select distinct a.id from assessment a join "
                + "assessment_finding f on f.assessment_id = a.id where a.agency_id = ?")
                .param(police).query(UUID.class).single());
    }
}
