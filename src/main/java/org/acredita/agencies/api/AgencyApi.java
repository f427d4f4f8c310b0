package org.acredita.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.internal.AccreditationManager;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.internal.AgencyContact;
import org.acredita.agencies.AgencyContacts;
import org.acredita.agencies.internal.AgencyFilter;
import org.acredita.agencies.internal.AgencyPage;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.Phase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Agencies the caller may see, with their profiles; another agency answers 404. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Agency profiles / Perfiles de las instituciones")
class AgencyApi {

    record AgencyView(UUID id, String name, String kind, String centreType, String level, String stateCode,
            String municipalityCode, String sizeClass, Integer personnel, List<String> functions, String phase,
            String programme) {

        static AgencyView of(AgencySummary agency) {
            AgencyProfile p = agency.profile();
            return new AgencyView(agency.id(), agency.name(), p == null ? null : p.kind().name(),
                    p == null || p.centreType() == null ? null : p.centreType().name(),
                    p == null ? null : p.level().name(), p == null ? null : p.stateCode(),
                    p == null ? null : p.municipalityCode(),
                    p == null || p.sizeClass() == null ? null : p.sizeClass().name(), p == null ? null : p.personnel(),
                    p == null ? List.of() : p.functions(), agency.phase() == null ? null : agency.phase().name(),
                    agency.programme() == null ? null : agency.programme().name());
        }
    }

    record ProfileChange(AgencyKind kind, AgencyKind.CentreType centreType, GovernmentLevel level, String stateCode,
            String municipalityCode, String parentSecretariat, Integer swornPersonnel, Integer civilianPersonnel,
            Integer populationServed, List<String> functions, String chiefExecutive, String preferredLanguage) {
    }

    record Handover(String name, String email, LocalDate startedOn, String notes) {
    }

    private final Agencies agencies;
    private final AgencyContacts contacts;

    AgencyApi(Agencies agencies, AgencyContacts contacts) {
        this.agencies = agencies;
        this.contacts = contacts;
    }

    /**
     * The body stays a plain array, as before paging; the total and the neighbouring pages travel in
     * headers (X-Total-Count, Link) so existing callers keep working.
     */
    @GetMapping
    @Operation(summary = "The agencies the caller may see, with profile and current phase; filtered by name (q, "
            + "accents ignored), phase, kind and state (INEGI code), sorted by name, paged (page from 1, size up to "
            + "200, default 50). X-Total-Count tells how many match; Link gives the next and previous pages")
    ResponseEntity<List<AgencyView>> list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "phase", required = false) Phase phase,
            @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "size", defaultValue = "" + Agencies.PAGE_SIZE) int size) {
        AgencyPage found = agencies.search(new AgencyFilter(text, phase, kind, state), page, size);
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(page + 1, "next"));
        }
        if (found.hasPrevious()) {
            links.add(link(page - 1, "prev"));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()));
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(found.agencies().stream().map(AgencyView::of).toList());
    }

    /** The same request for another page: the caller's own query with only "page" changed. */
    private static String link(int page, String rel) {
        return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString() + ">; rel=\"" + rel + "\"";
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency (404 when it is not the caller's to see)")
    AgencyView get(@PathVariable("id") UUID id) {
        return AgencyView.of(agencies.get(id));
    }

    @PutMapping("/{id}/profile")
    @Operation(summary = "Record or change the agency's profile (its managers and the programme's staff)")
    AgencyView saveProfile(@PathVariable("id") UUID id, @RequestBody ProfileChange change) {
        agencies.saveProfile(new AgencyProfile(id, change.kind(), change.centreType(), change.level(),
                change.stateCode(), change.municipalityCode(), change.parentSecretariat(),
                change.swornPersonnel() == null ? 0 : change.swornPersonnel(),
                change.civilianPersonnel() == null ? 0 : change.civilianPersonnel(), change.populationServed(),
                change.functions(), change.chiefExecutive(), change.preferredLanguage()));
        return AgencyView.of(agencies.get(id));
    }

    @GetMapping("/{id}/managers")
    @Operation(summary = "Accreditation managers, current first, with their terms")
    List<AccreditationManager> managers(@PathVariable("id") UUID id) {
        return agencies.managers(id);
    }

    @PostMapping("/{id}/managers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a new accreditation manager: the current term ends the day before")
    List<AccreditationManager> handOver(@PathVariable("id") UUID id, @RequestBody Handover handover) {
        agencies.handOver(id, handover.name(), handover.email(), handover.startedOn(), handover.notes());
        return agencies.managers(id);
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The agency's contacts, the primary one first")
    List<AgencyContact> contacts(@PathVariable("id") UUID id) {
        return contacts.of(id);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact (name, and an email or a phone); a new primary contact replaces the old one")
    AgencyContact addContact(@PathVariable("id") UUID id, @RequestBody AgencyContact.Details details) {
        return contacts.add(id, details);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Change a contact")
    AgencyContact editContact(@PathVariable("id") UUID id, @PathVariable("contactId") long contactId,
            @RequestBody AgencyContact.Details details) {
        return contacts.edit(id, contactId, details);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a contact")
    void removeContact(@PathVariable("id") UUID id, @PathVariable("contactId") long contactId) {
        contacts.remove(id, contactId);
    }
}
