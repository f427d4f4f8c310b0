package org.acredita.commission.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.acredita.commission.Appearance;
import org.acredita.commission.Award;
import org.acredita.commission.Awards;
import org.acredita.commission.CommissionRecords;
import org.acredita.commission.ConditionLift;
import org.acredita.commission.NewStanding;
import org.acredita.commission.ProgrammeDecision;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Awards after the decision: conditions lifted, later decisions (suspended, revoked, reinstated; 409 when the
 * agency's lifecycle refuses, nothing written), an agency's appearances before the Commission and a funded
 * programme's decisions and awards (read-only for the funder).
 */
@RestController
@Tag(name = "Commission", description = "Meetings, dockets and panels / Sesiones, orden del día y paneles")
class AwardApi {

    private final Awards awards;
    private final CommissionRecords records;

    AwardApi(Awards awards, CommissionRecords records) {
        this.awards = awards;
        this.records = records;
    }

    @PostMapping("/api/v1/commission/conditions/{id}/lift")
    @Operation(summary = "Lift a condition with the evidence: a note and optionally a document of the agency's "
            + "evidence library (programme managers); answers the award")
    Award lift(@PathVariable("id") UUID conditionId, @RequestBody ConditionLift request) {
        return awards.lift(conditionId, request);
    }

    @PostMapping("/api/v1/awards/{id}/standing")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the Commission's later decision on an award (SUSPENDED, REVOKED, REINSTATED) with "
            + "date and reason; 409 when the award or the agency's lifecycle does not allow it")
    Award standing(@PathVariable("id") UUID awardId, @RequestBody NewStanding request) {
        return awards.decide(awardId, request);
    }

    @GetMapping("/api/v1/agencies/{id}/commission/appearances")
    @Operation(summary = "The agency's appearances before the Commission: meeting date, reason, decision")
    List<Appearance> appearances(@PathVariable("id") UUID agencyId) {
        return records.appearances(agencyId);
    }

    @GetMapping("/api/v1/programmes/{id}/awards")
    @Operation(summary = "The Commission's decisions on the funded programme's agencies, with their awards")
    List<ProgrammeDecision> programme(@PathVariable("id") UUID programmeId) {
        return records.ofProgramme(programmeId);
    }
}
