package org.acredita.programmes.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.Cohort;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programme;
import org.acredita.programmes.internal.ProgrammeDraft;
import org.acredita.programmes.ProgrammeSettings;
import org.acredita.programmes.Programmes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Funded programmes: what the caller takes part in, their cohorts, agencies and advisor pairs. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Funded programmes / Programas financiados")
class ProgrammeApi {

    record ProgrammeJson(UUID id, String name, String description, UUID funderId, UUID advisoryId,
            UUID accreditorId, LocalDate startsOn, LocalDate endsOn, BigDecimal budget, String currency,
            ProgrammeSettings settings, Map<AgencyKind, Integer> goals) {

        static ProgrammeJson of(Programme p) {
            return new ProgrammeJson(p.id(), p.name(), p.description(), p.funderId(), p.advisoryId(),
                    p.accreditorId(), p.startsOn(), p.endsOn(), p.budget(), p.currency(), p.settings(), p.goals());
        }
    }

    record PersonJson(UUID id, String name) {

        static PersonJson of(StaffMember member) {
            return member == null ? null : new PersonJson(member.id(), member.displayName());
        }
    }

    record MemberJson(UUID agencyId, String agencyName, UUID cohortId, String cohort, LocalDate joinedOn,
            PersonJson leadAdvisor, PersonJson secondAdvisor, PersonJson regionalManager) {

        static MemberJson of(Member m) {
            return new MemberJson(m.agencyId(), m.agencyName(), m.cohort() == null ? null : m.cohort().id(),
                    m.cohort() == null ? null : m.cohort().name(), m.joinedOn(), PersonJson.of(m.leadAdvisor()),
                    PersonJson.of(m.secondAdvisor()), PersonJson.of(m.regionalManager()));
        }
    }

    record ProgrammeRequest(String name, String description, UUID funderId, UUID advisoryId, UUID accreditorId,
            LocalDate startsOn, LocalDate endsOn, BigDecimal budget, String currency, ProgrammeSettings settings,
            Map<AgencyKind, Integer> goals) {

        ProgrammeDraft draft() {
            return new ProgrammeDraft(name, description, funderId, advisoryId, accreditorId, startsOn, endsOn, budget,
                    currency, settings, goals);
        }
    }

    record CohortRequest(String name, LocalDate startsOn) {
    }

    record MembershipRequest(UUID cohortId, LocalDate joinedOn) {
    }

    record AdvisorsRequest(UUID leadAdvisorId, UUID secondAdvisorId, UUID regionalManagerId) {
    }

    private final Programmes programmes;

    ProgrammeApi(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @Operation(summary = "The programmes the caller takes part in")
    List<ProgrammeJson> list() {
        return programmes.visible().stream().map(ProgrammeJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A programme with its settings and goals")
    ProgrammeJson get(@PathVariable("id") UUID id) {
        return ProgrammeJson.of(programmes.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a programme (administrators, programme manager); settings default to 36/24 months, 80%, 60 days")
    ProgrammeJson create(@RequestBody ProgrammeRequest request) {
        return ProgrammeJson.of(programmes.create(request.draft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a programme: details, settings and goals")
    ProgrammeJson update(@PathVariable("id") UUID id, @RequestBody ProgrammeRequest request) {
        return ProgrammeJson.of(programmes.update(id, request.draft()));
    }

    @GetMapping("/{id}/cohorts")
    @Operation(summary = "The programme's cohorts")
    List<Cohort> cohorts(@PathVariable("id") UUID id) {
        return programmes.cohorts(id);
    }

    @PostMapping("/{id}/cohorts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a cohort")
    Cohort addCohort(@PathVariable("id") UUID id, @RequestBody CohortRequest request) {
        return programmes.addCohort(id, request.name(), request.startsOn());
    }

    @GetMapping("/{id}/agencies")
    @Operation(summary = "The programme's agencies the caller may see, with cohort and advisors")
    List<MemberJson> members(@PathVariable("id") UUID id) {
        return programmes.members(id).stream().map(MemberJson::of).toList();
    }

    @PutMapping("/{id}/agencies/{agencyId}")
    @Operation(summary = "Put an agency in the programme, or change its cohort")
    MemberJson enrol(@PathVariable("id") UUID id, @PathVariable("agencyId") UUID agencyId,
            @RequestBody MembershipRequest request) {
        return MemberJson.of(programmes.enrol(id, agencyId, request.cohortId(), request.joinedOn()));
    }

    @PutMapping("/{id}/agencies/{agencyId}/advisors")
    @Operation(summary = "Set the agency's advisor pair and regional manager (they gain access to the agency)")
    MemberJson advisors(@PathVariable("id") UUID id, @PathVariable("agencyId") UUID agencyId,
            @RequestBody AdvisorsRequest request) {
        return MemberJson.of(programmes.staff(id, agencyId, request.leadAdvisorId(), request.secondAdvisorId(),
                request.regionalManagerId()));
    }
}
