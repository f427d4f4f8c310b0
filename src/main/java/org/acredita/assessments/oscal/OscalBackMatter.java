package org.acredita.assessments.oscal;

import static org.acredita.assessments.oscal.OscalJson.array;
import static org.acredita.assessments.oscal.OscalJson.object;
import static org.acredita.assessments.oscal.OscalJson.prop;

import java.util.List;
import org.acredita.assessments.Assessment;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resources the documents point to. Acredita keeps no OSCAL assessment plan, so the plan OSCAL requires
 * ({@code import-ap}) is a resource describing what the plan was (kind, window, scope and sample with its seed, the
 * snapshot's hash) with a link to the assessment in the API; the catalog is the edition's own OSCAL export.
 */
final class OscalBackMatter {

    private final OscalInput input;
    private final OscalWords words;

    OscalBackMatter(OscalInput input, OscalWords words) {
        this.input = input;
        this.words = words;
    }

    String plan() {
        return OscalUuids.of(input.assessment().id(), "resource/assessment-plan");
    }

    String catalog() {
        return OscalUuids.of(input.assessment().id(), "resource/catalog");
    }

    ObjectNode backMatter() {
        Assessment assessment = input.assessment();
        ObjectNode plan = object().put("uuid", plan())
                .put("title", words.withWord("assessments.oscal.plan.title", "assessments.kind." + assessment.kind()))
                .put("description", words.withWords("assessments.oscal.plan.description",
                        List.of("assessments.kind." + assessment.kind(), "assessments.scope." + assessment.scopeMode()),
                        assessment.windowStart().toString(), assessment.windowEnd().toString(), input.scope().size(),
                        assessment.samplePercent() == null ? "—" : assessment.samplePercent() + " %",
                        assessment.sampleSeed() == null ? "—" : assessment.sampleSeed().toString(),
                        assessment.snapshotHash()));
        prop(plan, "assessment-kind", assessment.kind().name());
        prop(plan, "window-start", assessment.windowStart());
        prop(plan, "window-end", assessment.windowEnd());
        prop(plan, "scope-mode", assessment.scopeMode().name());
        prop(plan, "sample-percent", assessment.samplePercent());
        prop(plan, "sample-seed", assessment.sampleSeed());
        prop(plan, "snapshot-sha256", assessment.snapshotHash());
        array(plan, "rlinks").add(object().put("href", "/api/v1/assessments/" + assessment.id())
                .put("media-type", "application/json"));
        ObjectNode catalog = object().put("uuid", catalog())
                .put("title", words.both("assessments.oscal.catalog.title"))
                .put("description", words.both("assessments.oscal.catalog.description"));
        array(catalog, "rlinks").add(object().put("href", "/api/v1/manuals/" + input.editionId()
                + "/export?format=oscal-json").put("media-type", "application/json"));
        ObjectNode backMatter = object();
        array(backMatter, "resources").add(plan).add(catalog);
        return backMatter;
    }
}
