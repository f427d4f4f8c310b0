package org.acredita.commission.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.acredita.commission.Award;
import org.acredita.commission.Conflict;
import org.acredita.commission.Decision;
import org.acredita.commission.Decisions;
import org.acredita.commission.Hearing;
import org.acredita.commission.NewDecision;
import org.acredita.commission.Outcome;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.Conflicts;
import org.acredita.commission.DocketItem;
import org.acredita.commission.DocketReason;
import org.acredita.commission.Meeting;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.Meetings;
import org.acredita.commission.NewConflict;
import org.acredita.commission.NewDocketItem;
import org.acredita.commission.NewMeeting;
import org.acredita.commission.PanelSeat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commission meetings, their dockets and panels, and commissioners' conflicts of interest. A meeting the caller
 * does not sit on answers 404; a commissioner with a declared conflict is refused a seat with 409.
 */
@RestController
@Tag(name = "Commission", description = "Meetings, dockets and panels / Sesiones, orden del día y paneles")
class CommissionApi {

    record MeetingJson(UUID id, LocalDate date, LocalTime startsAt, String timeZone, String place,
            String virtualLink, MeetingStatus status, List<ItemJson> docket) {

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id(), m.meetsOn(), m.startsAt(), m.timeZone().getId(), m.place(),
                    m.virtualLink(), m.status(), m.docket().stream().map(ItemJson::of).toList());
        }
    }

    record ItemJson(UUID id, UUID agencyId, String agencyName, DocketReason reason, UUID assessmentId,
            List<PanelSeat> panel, Outcome decision) {

        static ItemJson of(DocketItem i) {
            return new ItemJson(i.id(), i.agencyId(), i.agencyName(), i.reason(), i.assessmentId(), i.panel(),
                    i.decision());
        }
    }

    /** A docket item with its hearing and decision (null until recorded). */
    record HearingJson(ItemJson item, Hearing hearing, Decision decision) {
    }

    record MeetingRequest(LocalDate date, LocalTime startsAt, String timeZone, String place, String virtualLink) {
    }

    record StatusRequest(MeetingStatus status) {
    }

    record SeatRequest(UUID commissionerId) {
    }

    private final Meetings meetings;
    private final Conflicts conflicts;
    private final Decisions decisions;

    private final org.acredita.commission.Awards awards;

    CommissionApi(Meetings meetings, Conflicts conflicts, Decisions decisions,
            org.acredita.commission.Awards awards) {
        this.awards = awards;
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/commission/meetings/{id}/docket/{itemId}")
    @Operation(summary = "One docket item with its hearing and decision")
    HearingJson item(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId) {
        return new HearingJson(ItemJson.of(meetings.item(id, itemId)), decisions.hearing(id, itemId).orElse(null),
                decisions.decision(id, itemId).orElse(null));
    }

    @PutMapping("/api/v1/commission/meetings/{id}/docket/{itemId}/hearing")
    @Operation(summary = "Record the hearing: attendees for the agency, coordination notes, questions, recommendation")
    Hearing hearing(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId, @RequestBody Hearing hearing) {
        return decisions.recordHearing(id, itemId, hearing);
    }

    @PostMapping("/api/v1/commission/meetings/{id}/docket/{itemId}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the decision of a held meeting with every panel member's vote; 409 when the agency's "
            + "lifecycle refuses it (nothing is written)")
    Decision decide(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId,
            @RequestBody NewDecision request) {
        return decisions.decide(id, itemId, request);
    }

    @GetMapping("/api/v1/agencies/{id}/awards")
    @Operation(summary = "The agency's awards, newest first, with the conditions of each")
    List<Award> awards(@PathVariable("id") UUID agencyId) {
        return awards.of(agencyId);
    }

    @GetMapping("/api/v1/commission/meetings")
    @Operation(summary = "The meetings the caller organises or sits on, newest first, with their docket")
    List<MeetingJson> meetings() {
        return meetings.visible().stream().map(MeetingJson::of).toList();
    }

    @PostMapping("/api/v1/commission/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting (programme managers): date, hour, time zone, place or virtual link")
    MeetingJson plan(@RequestBody MeetingRequest request) {
        return MeetingJson.of(meetings.plan(new NewMeeting(request.date(), request.startsAt(), request.timeZone(),
                request.place(), request.virtualLink())));
    }

    @GetMapping("/api/v1/commission/meetings/{id}")
    @Operation(summary = "One meeting with the docket items the caller may see")
    MeetingJson meeting(@PathVariable("id") UUID id) {
        return MeetingJson.of(meetings.get(id));
    }

    @PostMapping("/api/v1/commission/meetings/{id}/status")
    @Operation(summary = "Move the meeting on: docket closed (every item has a panel), held, minutes approved")
    MeetingJson advance(@PathVariable("id") UUID id, @RequestBody StatusRequest request) {
        return MeetingJson.of(meetings.advance(id, request.status()));
    }

    @PostMapping("/api/v1/commission/meetings/{id}/docket")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an agency on the docket with the reason it is heard (its report must be released)")
    ItemJson addToDocket(@PathVariable("id") UUID id, @RequestBody NewDocketItem request) {
        return ItemJson.of(meetings.addToDocket(id, request));
    }

    @PostMapping("/api/v1/commission/meetings/{id}/docket/{itemId}/panel")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Seat a commissioner on the item's panel; 409 when they declared a conflict with the agency")
    ItemJson seat(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId, @RequestBody SeatRequest request) {
        return ItemJson.of(meetings.seat(id, itemId, request.commissionerId()));
    }

    @GetMapping("/api/v1/commission/conflicts")
    @Operation(summary = "The caller's declared conflicts of interest (all of them for programme managers)")
    List<Conflict> conflicts() {
        return conflicts.visible();
    }

    @PostMapping("/api/v1/commission/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare a conflict of interest with an agency (SAME_STATE, PAST_RELATION, OTHER with a note)")
    Conflict declare(@RequestBody NewConflict request) {
        return conflicts.declare(request);
    }

    /** The kinds a conflict may be, for clients building the form. */
    @GetMapping("/api/v1/commission/conflict-kinds")
    @Operation(summary = "The kinds of conflict of interest")
    List<ConflictKind> conflictKinds() {
        return List.of(ConflictKind.values());
    }
}
