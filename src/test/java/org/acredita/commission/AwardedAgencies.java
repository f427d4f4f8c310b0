package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AppClient;
import org.acredita.support.NewAccounts;
import org.acredita.support.SiteBasedAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New agencies the Commission accredited today at a meeting of their own (`comisionado` on the panel), each with an
 * accreditation manager of its own to be told of what follows; so no test moves the demo agencies others read.
 */
record AwardedAgencies(int port, JdbcClient jdbc, UserManagement users) {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    /** An accredited agency: its id, its award's id, and the user name of its accreditation manager. */
    record Awarded(String agency, String award, String manager, String certificateNumber) {
    }

    /** Accredited today with these conditions (due in 30 and more days); accredited outright when none. */
    Awarded accredited(String name, String... conditions) {
        return accreditedOn(LocalDate.now(ZONE), name, conditions);
    }

    /**
     * Accredited at a meeting held on this day (an earlier one gives an award expiring sooner), the conditions due 30,
     * 60… days after it.
     */
    Awarded accreditedOn(LocalDate today, String name, String... conditions) {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport(name);
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String meeting = SiteBasedAssessments.id(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\""
                + today + "\",\"place\":\"Sala de la Comisión\"}", true).body());
        String item = SiteBasedAssessments.id(pm.sendJson("POST", CommissionMeetingsTest.docket(meeting),
                CommissionMeetingsTest.item(agency, "INITIAL_ACCREDITATION"), true).body());
        UUID commissioner = SiteBasedAssessments.userId(jdbc, "comisionado");
        assertThat(pm.sendJson("POST", CommissionMeetingsTest.panel(meeting, item), "{\"commissionerId\":\""
                + commissioner + "\"}", true).status()).isEqualTo(201);
        for (String status : new String[] {"DOCKET_CLOSED", "HELD"}) {
            assertThat(pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                    "{\"status\":\"" + status + "\"}", true).status()).isEqualTo(200);
        }
        StringBuilder json = new StringBuilder("{\"outcome\":\"").append(conditions.length == 0 ? "ACCREDITED"
                : "ACCREDITED_WITH_CONDITIONS").append("\",\"votes\":[{\"commissionerId\":\"").append(commissioner)
                .append("\",\"vote\":\"FOR\"}],\"conditions\":[");
        for (int i = 0; i < conditions.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"text\":\"").append(conditions[i]).append("\",\"dueOn\":\"")
                    .append(today.plusDays(30L * (i + 1))).append("\"}");
        }
        AppClient.Response decided = pm.sendJson("POST", CommissionMeetingsTest.docket(meeting) + "/" + item
                + "/decision", json.append("]}").toString(), true);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        String awards = pm.getJson("/api/v1/agencies/" + agency + "/awards").body();
        String manager = NewAccounts.create(users, UUID.fromString(agency), Role.ACCREDITATION_MANAGER);
        return new Awarded(agency, SiteBasedAssessments.id(awards), manager,
                awards.replaceFirst("(?s).*\"certificateNumber\":\"([^\"]+)\".*", "$1"));
    }

    /** The first 16 hex digits of the award's certificate hash, as its verification link carries them. */
    String shortHash(String award) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select substr(certificate_hash, 1, 16) from commission_award where id = ?")
                .param(UUID.fromString(award)).query(String.class).single());
    }

    String phase(String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select phase from agency_enrolment where agency_id = ? order by created_at desc limit 1")
                .param(UUID.fromString(agency)).query(String.class).single());
    }

    long audited(String action, String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = ? and agency_id = ?")
                .params(action, UUID.fromString(agency)).query(Long.class).single());
    }

    /** Notices of this kind the person has. */
    long notices(String username, String kind) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.kind = ?""").params(username, kind).query(Long.class).single());
    }
}
