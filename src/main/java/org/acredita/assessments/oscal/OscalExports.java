package org.acredita.assessments.oscal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment's OSCAL documents, each read in one read-only transaction for a caller who may see its findings
 * ({@link OscalSources}); the same record always gives the same bytes.
 */
@Component
class OscalExports {

    private final OscalSources sources;
    private final OscalWords words;

    OscalExports(OscalSources sources, OscalWords words) {
        this.sources = sources;
        this.words = words;
    }

    @Transactional(readOnly = true)
    public byte[] assessmentResults(UUID assessmentId) {
        return bytes(AssessmentResultsWriter.write(sources.gather(assessmentId), words));
    }

    @Transactional(readOnly = true)
    public byte[] planOfActionAndMilestones(UUID assessmentId) {
        return bytes(PoamWriter.write(sources.gather(assessmentId), words));
    }

    private static byte[] bytes(ObjectNode document) {
        return (OscalJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
