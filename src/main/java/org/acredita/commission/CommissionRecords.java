package org.acredita.commission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.commission.internal.AwardStore;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Commission decided, read by those it concerns: an agency's appearances (hearing dates and decisions)
 * for whoever reads the agency (its people, its advisors, the accreditation body), and a funded programme's
 * decisions and awards for whoever takes part in the programme (the funder reads them, changes nothing).
 */
@Service
public class CommissionRecords {

    private final AwardStore store;
    private final Awards awards;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final Programmes programmes;
    private final AwardFigureCounts counts;

    CommissionRecords(AwardStore store, Awards awards, AgencyGate gate, Organisations organisations,
            Programmes programmes, AwardFigureCounts counts) {
        this.counts = counts;
        this.store = store;
        this.awards = awards;
        this.gate = gate;
        this.organisations = organisations;
        this.programmes = programmes;
    }

    /** The agency's appearances before the Commission, newest first; another agency's are not found. */
    @Transactional(readOnly = true)
    public List<Appearance> appearances(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return store.hearingsOf(agency.id()).stream().map(h -> new Appearance(h.meetingId(), h.itemId(), h.meetsOn(),
                MeetingStatus.valueOf(h.meetingStatus()), DocketReason.valueOf(h.reason()), h.outcome(),
                h.decidedOn())).toList();
    }

    /**
     * The Commission's figures over these agencies, those the caller reads, on this day (a programme's dashboard):
     * one statement whatever the number of agencies.
     */
    @Transactional(readOnly = true)
    public AwardFigures figures(Collection<UUID> agencyIds, LocalDate today) {
        AccessScope scope = CurrentScope.get();
        return counts.on(agencyIds.stream().filter(scope::canRead).toList(), today);
    }

    /** The programme the caller takes part in; any other is not found. */
    @Transactional(readOnly = true)
    public Programme programme(UUID programmeId) {
        return programmes.get(programmeId);
    }

    /** The Commission's decisions on the programme's agencies the caller reads, newest first, with their awards. */
    @Transactional(readOnly = true)
    public List<ProgrammeDecision> ofProgramme(UUID programmeId) {
        AccessScope scope = CurrentScope.get();
        Set<UUID> agencies = programmes.memberAgencies(programmes.get(programmeId)).stream()
                .filter(scope::canRead).collect(Collectors.toSet());
        if (agencies.isEmpty()) {
            return List.of();
        }
        Map<UUID, Award> byDecision = awards.ofAgencies(agencies).stream()
                .collect(Collectors.toMap(Award::decisionId, Function.identity()));
        Map<UUID, String> names = organisations.visible().stream().filter(o -> agencies.contains(o.id()))
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return store.decisionsOf(agencies).stream().map(d -> new ProgrammeDecision(d.id(), d.agencyId(),
                names.getOrDefault(d.agencyId(), ""), d.outcome(), d.decidedOn(), byDecision.get(d.id()))).toList();
    }
}
