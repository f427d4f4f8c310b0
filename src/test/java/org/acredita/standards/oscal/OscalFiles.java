package org.acredita.standards.oscal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Real NIST files (public domain) and the official OSCAL 1.1.2 JSON Schema (Apache-2.0) to check exports
 * against, kept with the tests in {@code src/test/resources/oscal} (licences beside them and in NOTICE).
 */
public final class OscalFiles {

    private static final String DIRECTORY = "/oscal/";
    static final String BASIC = "basic-catalog.json";
    static final String PRIVACY = "NIST_SP-800-53_rev5_PRIVACY-baseline-resolved-profile_catalog.json";

    private static Schema schema;

    private OscalFiles() {
    }

    static byte[] read(String name) {
        try (InputStream file = OscalFiles.class.getResourceAsStream(DIRECTORY + name)) {
            if (file == null) {
                throw new IllegalArgumentException("No test resource " + DIRECTORY + name);
            }
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every violation of the official schema, each as "location: message"; empty for a valid catalog.
     * The schema is a oneOf over all OSCAL models, so a faulty catalog also "lacks" a profile, an SSP...:
     * those root-level complaints are dropped when the catalog itself has located errors.
     */
    public static List<String> schemaErrors(JsonNode document) {
        List<String> all = officialSchema().validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
        List<String> located = all.stream().filter(error -> error.startsWith("/")).toList();
        return located.isEmpty() ? all : located;
    }

    private static synchronized Schema officialSchema() {
        if (schema == null) {
            String text = new String(read("oscal_complete_schema-1.1.2.json"), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
        return schema;
    }
}
