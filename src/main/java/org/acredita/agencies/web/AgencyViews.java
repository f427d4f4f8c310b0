package org.acredita.agencies.web;

import java.util.UUID;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencyContacts;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles an agency's profile page in one read-only transaction, reading the agency once and handing it along. */
@Service
class AgencyViews {

    private final AgencyGate gate;
    private final Agencies agencies;
    private final AgencyContacts contacts;

    AgencyViews(AgencyGate gate, Agencies agencies, AgencyContacts contacts) {
        this.gate = gate;
        this.agencies = agencies;
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public AgencyProfileView profile(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return new AgencyProfileView(agencies.get(agency), agencies.managers(agency), contacts.of(agency),
                agencies.functionVocabulary(), agencies.mayEdit(agency.id()));
    }
}
