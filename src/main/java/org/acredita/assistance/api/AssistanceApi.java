package org.acredita.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.acredita.assistance.internal.AssistanceSession;
import org.acredita.assistance.internal.AssistanceTotals;
import org.acredita.assistance.internal.NewAssistanceSession;
import org.acredita.assistance.TechnicalAssistance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An agency's technical-assistance log and the totals over the visible agencies. Another agency answers 404. */
@RestController
@Tag(name = "Technical assistance", description = "Visits and remote sessions / Visitas y sesiones remotas")
class AssistanceApi {

    private final TechnicalAssistance assistance;

    AssistanceApi(TechnicalAssistance assistance) {
        this.assistance = assistance;
    }

    @GetMapping("/api/v1/agencies/{id}/assistance")
    @Operation(summary = "The agency's assistance sessions, newest first")
    List<AssistanceSession> log(@PathVariable("id") UUID agencyId) {
        return assistance.log(agencyId);
    }

    @PostMapping("/api/v1/agencies/{id}/assistance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a visit or remote session; the caller is recorded as its advisor")
    AssistanceSession record(@PathVariable("id") UUID agencyId, @RequestBody NewAssistanceSession request) {
        return assistance.record(agencyId, request);
    }

    @GetMapping("/api/v1/assistance/totals")
    @Operation(summary = "Sessions and minutes of the last twelve months by agency, advisor, month and programme")
    AssistanceTotals totals() {
        return assistance.totals();
    }
}
