package org.acredita.programmes.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a programme's page in one read-only transaction: the programme is read once and handed along,
 * and the organisations the caller sees are read once for both the partners and the agencies outside it.
 */
@Service
class ProgrammeViews {

    private final Programmes programmes;
    private final Organisations organisations;

    ProgrammeViews(Programmes programmes, Organisations organisations) {
        this.programmes = programmes;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public ProgrammeOverview overview(UUID programmeId) {
        Programme programme = programmes.get(programmeId);
        List<Member> members = programmes.members(programme);
        List<Organisation> visible = organisations.visible();
        boolean manage = programmes.mayManage();
        Set<UUID> enrolled = members.stream().map(Member::agencyId).collect(Collectors.toSet());
        return new ProgrammeOverview(programme, visible, programmes.cohorts(programme), members, manage,
                manage ? visible.stream().filter(o -> o.isAgency() && !enrolled.contains(o.id())).toList() : List.of(),
                manage ? programmes.candidates(programme, Role.ADVISOR) : List.of(),
                manage ? programmes.candidates(programme, Role.REGIONAL_MANAGER) : List.of());
    }
}
