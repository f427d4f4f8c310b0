package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.acredita.support.AppClient;
import org.acredita.support.SiteBasedAssessments;

/** A meeting dated today with one agency on its docket and its panel seated, for tests after the docket is built. */
record HeardToday(String meeting, String item) {

    /** Plans the meeting, dockets the agency for initial accreditation, seats the panel and closes the docket. */
    static HeardToday docketed(AppClient pm, String agency, UUID... panel) {
        String meeting = SiteBasedAssessments.id(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\""
                + LocalDate.now(ZoneId.of("America/Mexico_City")) + "\",\"place\":\"Sala de la Comisión\"}", true).body());
        String item = SiteBasedAssessments.id(pm.sendJson("POST", CommissionMeetingsTest.docket(meeting),
                CommissionMeetingsTest.item(agency, "INITIAL_ACCREDITATION"), true).body());
        for (UUID commissioner : panel) {
            assertThat(pm.sendJson("POST", CommissionMeetingsTest.panel(meeting, item), "{\"commissionerId\":\""
                    + commissioner + "\"}", true).status()).isEqualTo(201);
        }
        HeardToday heard = new HeardToday(meeting, item);
        heard.move(pm, "DOCKET_CLOSED");
        return heard;
    }

    void move(AppClient pm, String status) {
        AppClient.Response moved = pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"" + status + "\"}", true);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    String api() {
        return CommissionMeetingsTest.docket(meeting) + "/" + item;
    }

    String page() {
        return "/commission/meetings/" + meeting + "/items/" + item;
    }
}
