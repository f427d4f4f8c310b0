package org.acredita.agencies;

import org.acredita.agencies.internal.AgencyContact;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.internal.ContactRepository;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's contacts: read by whoever may see the agency, changed by those who may edit its profile,
 * each change validated whole and audited.
 */
@Service
public class AgencyContacts {

    /** Plenty for liaisons of every area; a bound keeps a runaway script from filling the page. */
    static final int LIMIT = 50;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    /** Digits with the usual separators, an optional leading "+" and an optional extension ("ext. 123"). */
    private static final Pattern PHONE = Pattern.compile(
            "(\\+?[0-9][0-9 ().-]*[0-9])(?:\\s*(?:ext\\.?|x)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);

    private final Agencies agencies;
    private final AgencyGate gate;
    private final ContactRepository contacts;
    private final AuditTrail audit;

    AgencyContacts(Agencies agencies, AgencyGate gate, ContactRepository contacts, AuditTrail audit) {
        this.agencies = agencies;
        this.gate = gate;
        this.contacts = contacts;
        this.audit = audit;
    }

    /** The primary contact first, then in the order they were added. */
    @Transactional(readOnly = true)
    public List<AgencyContact> of(UUID agencyId) {
        return of(gate.readable(agencyId));
    }

    /** The same for an agency already read through the gate, without reading it again. */
    @Transactional(readOnly = true)
    public List<AgencyContact> of(Organisation agency) {
        return contacts.of(gate.readable(agency).id());
    }

    @Transactional
    public AgencyContact add(UUID agencyId, AgencyContact.Details requested) {
        Organisation agency = gate.writable(agencyId, Agencies.EDITORS);
        AgencyContact.Details details = validated(requested);
        if (contacts.count(agency.id()) >= LIMIT) {
            throw new RuleViolation("agencies.contact.limit", String.valueOf(LIMIT));
        }
        if (details.primary()) {
            contacts.clearPrimary(agency.id());
        }
        AgencyContact added = contacts.add(agency.id(), details);
        audit.record("AGENCY_CONTACT_ADDED", "agency-contact", String.valueOf(added.id()), agency.id(),
                agency.name() + " · " + describe(added));
        return added;
    }

    @Transactional
    public AgencyContact edit(UUID agencyId, long contactId, AgencyContact.Details requested) {
        Organisation agency = gate.writable(agencyId, Agencies.EDITORS);
        AgencyContact before = contacts.find(agency.id(), contactId).orElseThrow(NotFoundException::new);
        AgencyContact.Details details = validated(requested);
        if (details.primary() && !before.primary()) {
            contacts.clearPrimary(agency.id());
        }
        AgencyContact changed = contacts.update(agency.id(), contactId, details);
        audit.record("AGENCY_CONTACT_CHANGED", "agency-contact", String.valueOf(contactId), agency.id(),
                agency.name() + " · " + describe(before) + " → " + describe(changed));
        return changed;
    }

    @Transactional
    public void remove(UUID agencyId, long contactId) {
        Organisation agency = gate.writable(agencyId, Agencies.EDITORS);
        AgencyContact removed = contacts.find(agency.id(), contactId).orElseThrow(NotFoundException::new);
        contacts.remove(agency.id(), contactId);
        audit.record("AGENCY_CONTACT_REMOVED", "agency-contact", String.valueOf(contactId), agency.id(),
                agency.name() + " · " + describe(removed));
    }

    /** Checks every field before anything is written; the first problem is reported on its field. */
    static AgencyContact.Details validated(AgencyContact.Details d) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.length() < 2 || name.length() > 200) {
            throw RuleViolation.onField("name", "agencies.contact.name.invalid");
        }
        String position = Agencies.trimmed(d.position(), 200, "position");
        String email = Agencies.trimmed(d.email(), 200, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw RuleViolation.onField("email", "agencies.contact.email.invalid", email);
        }
        String phone = Agencies.trimmed(d.phone(), 40, "phone");
        if (phone != null && !validPhone(phone)) {
            throw RuleViolation.onField("phone", "agencies.contact.phone.invalid", phone);
        }
        if (email == null && phone == null) {
            throw RuleViolation.onField("email", "agencies.contact.reach.required");
        }
        String notes = Agencies.trimmed(d.notes(), 1000, "notes");
        return new AgencyContact.Details(name, position, email, phone, notes, d.primary());
    }

    /** Mexican numbers have ten digits; with country code, or abroad, up to fifteen (E.164). */
    private static boolean validPhone(String phone) {
        var matcher = PHONE.matcher(phone);
        if (!matcher.matches()) {
            return false;
        }
        long digits = matcher.group(1).chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }

    private static String describe(AgencyContact contact) {
        return contact.name() + (contact.position() == null ? "" : " (" + contact.position() + ")")
                + (contact.primary() ? " · primary" : "");
    }
}
