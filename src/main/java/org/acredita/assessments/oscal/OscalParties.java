package org.acredita.assessments.oscal;

import static org.acredita.assessments.oscal.OscalJson.array;
import static org.acredita.assessments.oscal.OscalJson.object;
import static org.acredita.assessments.oscal.OscalJson.prop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.assessments.Finding;
import org.acredita.assessments.TeamMember;
import org.acredita.identity.StaffMember;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people and organisations of an assessment as OSCAL parties, with the roles they play: the agency assessed, the
 * team (leader, assessors or advisors) and the organisations they come from, whoever else recorded a verdict
 * (programme staff), and the owners of corrective actions. Only roles someone plays are written.
 */
final class OscalParties {

    private final OscalInput input;
    private final OscalWords words;
    private final Map<String, Set<String>> roles = new LinkedHashMap<>();

    OscalParties(OscalInput input, OscalWords words) {
        this.input = input;
        this.words = words;
        play("assessed-organization", agency());
        for (TeamMember member : input.assessment().team()) {
            if (!input.people().containsKey(member.userId())) {
                continue;
            }
            play("assessment-team", person(member.userId()));
            play(switch (member.role()) {
                case TEAM_LEADER -> "assessment-lead";
                case ASSESSOR -> "assessor";
                case ADVISOR -> "advisor";
            }, person(member.userId()));
            StaffMember staff = input.people().get(member.userId());
            if (staff != null && staff.organisationId() != null) {
                play("assessment-organization", organisation(staff.organisationId()));
            }
        }
        input.observations().stream().map(OscalInput.Observed::reviewerId)
                .filter(id -> id != null && input.people().containsKey(id) && !input.assessment().onTeam(id))
                .forEach(id -> play("reviewer", person(id)));
        input.findings().stream().map(Finding::action).filter(a -> a != null && a.ownerId() != null
                && input.people().containsKey(a.ownerId()))
                .forEach(a -> play("action-owner", person(a.ownerId())));
    }

    String agency() {
        return organisation(input.agency().id());
    }

    String person(UUID userId) {
        return OscalUuids.of(input.assessment().id(), "party/person/" + userId);
    }

    String organisation(UUID organisationId) {
        return OscalUuids.of(input.assessment().id(), "party/organisation/" + organisationId);
    }

    /** Metadata with the title, times, version, roles, parties and who plays each role. */
    ObjectNode metadata(String title) {
        ObjectNode metadata = object();
        metadata.put("title", title);
        String modified = OscalJson.time(input.lastModified());
        metadata.put("last-modified", modified);
        // The documents change only when the assessment's record does: the last change names the version.
        metadata.put("version", modified);
        metadata.put("oscal-version", OscalJson.OSCAL_VERSION);
        prop(metadata, "assessment-kind", input.assessment().kind().name());
        prop(metadata, "assessment-status", input.assessment().status().name());
        prop(metadata, "snapshot-sha256", input.assessment().snapshotHash());
        ArrayNode roleList = array(metadata, "roles");
        roles.keySet().forEach(id -> roleList.add(object().put("id", id)
                .put("title", words.both("assessments.oscal.role." + id))));
        parties(array(metadata, "parties"));
        ArrayNode responsible = array(metadata, "responsible-parties");
        roles.forEach((id, parties) -> {
            ObjectNode entry = object().put("role-id", id);
            parties.forEach(array(entry, "party-uuids")::add);
            responsible.add(entry);
        });
        return metadata;
    }

    private void parties(ArrayNode parties) {
        parties.add(object().put("uuid", agency()).put("type", "organization").put("name", input.agency().name()));
        Map<UUID, String> organisations = new LinkedHashMap<>();
        List<StaffMember> people = new ArrayList<>(input.people().values());
        people.sort(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::id));
        people.stream().filter(p -> p.organisationId() != null && !p.organisationId().equals(input.agency().id()))
                .sorted(Comparator.comparing(StaffMember::organisationName).thenComparing(StaffMember::organisationId))
                .forEach(p -> organisations.putIfAbsent(p.organisationId(), p.organisationName()));
        organisations.forEach((id, name) -> parties.add(object().put("uuid", organisation(id))
                .put("type", "organization").put("name", name)));
        for (StaffMember person : people) {
            ObjectNode party = object().put("uuid", person(person.id())).put("type", "person")
                    .put("name", person.displayName());
            if (person.organisationId() != null) {
                array(party, "member-of-organizations").add(organisation(person.organisationId()));
            }
            parties.add(party);
        }
    }

    private void play(String role, String partyUuid) {
        roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(partyUuid);
    }
}
