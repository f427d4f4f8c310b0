package org.acredita.assessments.oscal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Wraps a document under its model's name with a uuid of its own. */
final class OscalDocuments {

    private OscalDocuments() {
    }

    /**
     * The document's uuid is named from its content: the same record exports the same document, and any change to
     * it (a verdict, a corrective action) gives a new uuid, as OSCAL asks of a document produced again.
     */
    static ObjectNode sealed(String model, UUID assessmentId, ObjectNode document) {
        document.put("uuid", "");
        String content = OscalJson.JSON.writeValueAsString(document);
        document.put("uuid", OscalUuids.of(assessmentId, model + "/" + sha256(content)));
        ObjectNode root = OscalJson.object();
        root.set(model, document);
        return root;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
