package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.support.AppClient;

/** New agencies for assessment tests, so a test never moves the demo agencies other tests read. */
final class AgenciesUnderReview {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    private AgenciesUnderReview() {
    }

    /** A new agency with its file, in self-assessment or (ready) ready for review. Returns agency and file ids. */
    static String[] create(AppClient admin, String name, boolean ready) {
        String agency = id(admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true).body());
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        String[] phases = ready ? new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
                "SELF_ASSESSMENT", "MOCK_ASSESSMENT", "READY_FOR_REVIEW"}
                : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT", "SELF_ASSESSMENT"};
        for (String phase : phases) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).as(phase).isEqualTo(200);
        }
        String file = id(admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body());
        return new String[] {agency, file};
    }

    static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
