package org.acredita.distribution.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.distribution.internal.Counts;
import org.acredita.distribution.internal.Distribution;
import org.acredita.distribution.internal.Distributions;
import org.acredita.distribution.internal.NewDistribution;
import org.acredita.distribution.internal.Progress;
import org.acredita.distribution.internal.Recipient;
import org.acredita.distribution.internal.SentDocument;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Distributions of approved directive versions to the agency's people. Personal data: the agency's managers and
 * chief executive create them, its advisors read them; anyone else reaching the agency is forbidden (403), another
 * agency is not found (404).
 */
@RestController
@RequestMapping("/api/v1/agencies/{id}/distributions")
@Tag(name = "Directive distribution", description = "Distribución de directivas con acuse / Read-and-acknowledge")
class DistributionApi {

    record CountsJson(String unit, int total, int acknowledged, int pending, int overdue) {

        static CountsJson of(Counts c) {
            return new CountsJson(c.unit(), c.total(), c.acknowledged(), c.pending(), c.overdue());
        }
    }

    record DistributionJson(UUID id, String title, LocalDate dueOn, String chosen, Instant createdAt, int total,
            int acknowledged, int pending, int overdue, List<SentDocument> documents, List<CountsJson> units) {

        static DistributionJson of(Distribution d, List<SentDocument> documents, List<Counts> units) {
            return new DistributionJson(d.id(), d.title(), d.dueOn(), d.chosen(), d.createdAt(), d.counts().total(),
                    d.counts().acknowledged(), d.counts().pending(), d.counts().overdue(), documents,
                    units.stream().map(CountsJson::of).toList());
        }

        static DistributionJson of(Progress p) {
            return of(p.distribution(), p.documents(), p.units());
        }
    }

    private final Distributions distributions;

    DistributionApi(Distributions distributions) {
        this.distributions = distributions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send approved directive versions to the active people of the chosen units, ranks or "
            + "positions and to people named by id or employee number, with a due date (today or later). 422 names "
            + "every problem: an unknown, unapproved or superseded version, an empty or unknown choice, a past date")
    DistributionJson create(@PathVariable("id") UUID agencyId, @RequestBody NewDistribution request) {
        Distribution created = distributions.create(agencyId, request);
        return DistributionJson.of(distributions.progress(agencyId, created.id()));
    }

    @GetMapping
    @Operation(summary = "The agency's distributions, newest first, with their counts")
    List<DistributionJson> list(@PathVariable("id") UUID agencyId) {
        return distributions.list(agencyId).stream().map(d -> DistributionJson.of(d, List.of(), List.of())).toList();
    }

    @GetMapping("/{distributionId}")
    @Operation(summary = "A distribution: the versions sent (with the SHA-256 of each text), and how many people "
            + "acknowledged, are pending and are overdue, in all and per unit")
    DistributionJson progress(@PathVariable("id") UUID agencyId, @PathVariable("distributionId") UUID distributionId) {
        return DistributionJson.of(distributions.progress(agencyId, distributionId));
    }

    @GetMapping("/{distributionId}/pending")
    @Operation(summary = "Who has not acknowledged yet (at most 1,000), by unit and name")
    List<Recipient> pending(@PathVariable("id") UUID agencyId, @PathVariable("distributionId") UUID distributionId) {
        return distributions.pending(agencyId, distributionId, 1_000);
    }
}
