package org.acredita.agencies;

import org.acredita.agencies.internal.AccreditationManager;
import org.acredita.agencies.internal.AgencyFilter;
import org.acredita.agencies.internal.AgencyPage;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.internal.DirectoryRepository;
import org.acredita.agencies.internal.ProfileRepository;
import org.acredita.agencies.internal.ProfileRepository.Standing;
import org.acredita.audit.AuditTrail;
import org.acredita.geo.Geography;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.SupportedLocales;
import org.acredita.standards.AgencyFunction;
import org.acredita.standards.AgencyFunctions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies the caller may see, with their profiles and standing, and the changes to a profile:
 * made by the agency's managers or the programme's staff, validated whole, audited.
 */
@Service
public class Agencies {

    static final Role[] EDITORS = {Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER,
        Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER};

    /** A page of the list: enough to scan, small enough to answer fast with thousands of agencies. */
    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private final Organisations organisations;
    private final AgencyGate gate;
    private final ProfileRepository profiles;
    private final DirectoryRepository directory;
    private final Geography geography;
    private final AgencyFunctions functions;
    private final AuditTrail audit;

    Agencies(Organisations organisations, AgencyGate gate, ProfileRepository profiles, DirectoryRepository directory, Geography geography,
            AgencyFunctions functions, AuditTrail audit) {
        this.organisations = organisations;
        this.gate = gate;
        this.profiles = profiles;
        this.directory = directory;
        this.geography = geography;
        this.functions = functions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AgencySummary> visible() {
        Map<UUID, AgencyProfile> all = profiles.all();
        Map<UUID, Standing> standings = profiles.standings();
        return organisations.visible().stream().filter(Organisation::isAgency)
                .map(org -> summary(org, all.get(org.id()), standings.get(org.id()))).toList();
    }

    /**
     * One page of the agencies the caller may see that match the filter, sorted by name as a Spanish
     * reader expects; filtered and paged in the database.
     *
     * @param page from 1; a page past the last one is empty but still tells the total
     * @param size from 1 to {@link #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public AgencyPage search(AgencyFilter filter, int page, int size) {
        if (page < 1 || page > 100_000) {
            throw RuleViolation.onField("page", "agencies.list.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolation.onField("size", "agencies.list.size.invalid", String.valueOf(MAX_PAGE_SIZE));
        }
        if (filter.text() != null && filter.text().length() > 200) {
            throw RuleViolation.onField("text", "agencies.profile.text.tooLong", "200");
        }
        if (filter.state() != null && !filter.state().matches("0[1-9]|[12][0-9]|3[0-2]")) {
            throw RuleViolation.onField("state", "agencies.profile.state.invalid");
        }
        AccessScope scope = CurrentScope.get();
        return directory.search(scope.read().union(scope.write()), filter, page, size);
    }

    @Transactional(readOnly = true)
    public AgencySummary get(UUID agencyId) {
        return get(gate.readable(agencyId));
    }

    /** The same for an agency already read through the gate, without reading it again. */
    @Transactional(readOnly = true)
    public AgencySummary get(Organisation agency) {
        gate.readable(agency);
        return summary(agency, profiles.find(agency.id()).orElse(null), profiles.standing(agency.id()).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<AccreditationManager> managers(UUID agencyId) {
        return managers(gate.readable(agencyId));
    }

    /** The same for an agency already read through the gate, without reading it again. */
    @Transactional(readOnly = true)
    public List<AccreditationManager> managers(Organisation agency) {
        return profiles.managers(gate.readable(agency).id());
    }

    @Transactional(readOnly = true)
    public List<AgencyFunction> functionVocabulary() {
        return functions.all();
    }

    /** Whether the caller may change this agency's profile and contacts and record handovers. */
    public boolean mayEdit(UUID agencyId) {
        
        return gate.mayWrite(agencyId, EDITORS);
    }

    @Transactional
    public AgencyProfile saveProfile(AgencyProfile requested) {
        Organisation agency = gate.writable(requested.agencyId(), EDITORS);
        AgencyProfile profile = validated(requested);
        Optional<AgencyProfile> before = profiles.find(agency.id());
        profiles.save(profile);
        audit.record("AGENCY_PROFILE_SAVED", "agency", agency.id().toString(), agency.id(),
                agency.name() + " · " + profile.kind() + " · " + profile.level() + " · " + profile.stateCode()
                        + " · " + profile.personnel() + (before.isPresent() ? "" : " · new"));
        return profile;
    }

    @Transactional
    public void handOver(UUID agencyId, String name, String email, LocalDate startsOn, String notes) {
        Organisation agency = gate.writable(agencyId, EDITORS);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.length() < 2 || cleanName.length() > 200) {
            throw RuleViolation.onField("name", "agencies.manager.name.invalid");
        }
        String cleanEmail = email == null || email.isBlank() ? null : email.strip();
        if (cleanEmail != null && !cleanEmail.matches("[^@\\s]+@[^@\\s]+")) {
            throw RuleViolation.onField("email", "identity.user.email.invalid");
        }
        if (startsOn == null) {
            throw RuleViolation.onField("startedOn", "agencies.manager.start.required");
        }
        List<AccreditationManager> history = profiles.managers(agency.id());
        if (!history.isEmpty() && history.get(0).current() && !startsOn.isAfter(history.get(0).startedOn())) {
            throw RuleViolation.onField("startedOn", "agencies.manager.start.beforeCurrent",
                    history.get(0).startedOn().toString());
        }
        profiles.handOver(agency.id(), cleanName, cleanEmail, startsOn, notes == null || notes.isBlank() ? null
                : notes.strip());
        audit.record("MANAGER_HANDOVER", "agency", agency.id().toString(), agency.id(),
                (history.isEmpty() ? "—" : history.get(0).name()) + " → " + cleanName + " · " + startsOn);
    }

    /** Checks the whole profile before anything is written; the first problem is reported on its field. */
    private AgencyProfile validated(AgencyProfile p) {
        if (p.kind() == null) {
            throw RuleViolation.onField("kind", "agencies.profile.kind.required");
        }
        if (p.level() == null) {
            throw RuleViolation.onField("level", "agencies.profile.level.required");
        }
        if (p.centreType() != null && p.kind() != AgencyKind.COMMUNICATIONS_CENTRE) {
            throw RuleViolation.onField("centreType", "agencies.profile.centreType.onlyCentres");
        }
        if (p.stateCode() == null || geography.states().stream().noneMatch(s -> s.code().equals(p.stateCode()))) {
            throw RuleViolation.onField("stateCode", "agencies.profile.state.invalid");
        }
        String municipality = p.municipalityCode() == null || p.municipalityCode().isBlank() ? null : p.municipalityCode().strip();
        if (municipality != null && (!municipality.startsWith(p.stateCode())
                || geography.municipality(municipality).isEmpty())) {
            throw RuleViolation.onField("municipalityCode", "agencies.profile.municipality.invalid", municipality);
        }
        if (p.swornPersonnel() < 0 || p.civilianPersonnel() < 0 || p.swornPersonnel() > 500_000
                || p.civilianPersonnel() > 500_000 || p.populationServed() != null && p.populationServed() < 0) {
            throw RuleViolation.onField("swornPersonnel", "agencies.profile.numbers.invalid");
        }
        Set<String> known = functions.all().stream().map(AgencyFunction::code).collect(Collectors.toSet());
        Set<String> chosen = new LinkedHashSet<>(p.functions());
        for (String code : chosen) {
            if (!known.contains(code)) {
                throw RuleViolation.onField("functions", "agencies.profile.function.unknown", code);
            }
        }
        String language = SupportedLocales.match(p.preferredLanguage()).orElse(SupportedLocales.SPANISH);
        String parent = trimmed(p.parentSecretariat(), 200, "parentSecretariat");
        String chief = trimmed(p.chiefExecutive(), 200, "chiefExecutive");
        return new AgencyProfile(p.agencyId(), p.kind(), p.centreType(), p.level(), p.stateCode(), municipality, parent,
                p.swornPersonnel(), p.civilianPersonnel(), p.populationServed(), List.copyOf(chosen), chief, language);
    }

    /** A free-text field stripped, or null when blank; too long is a rule violation on the field. */
    static String trimmed(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "agencies.profile.text.tooLong", String.valueOf(max));
        }
        return clean;
    }

    private AgencySummary summary(Organisation agency, AgencyProfile profile, Standing standing) {
        return new AgencySummary(agency.id(), agency.name(), profile, standing == null ? null : standing.phase(),
                standing == null ? null : standing.programme());
    }

}
