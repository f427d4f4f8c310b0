package org.acredita.standards.format;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acredita.access.LocatedProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The structural half of validation: the published JSON Schema of the exchange format, so a file that
 * passes here passes any other tool that checks it against the same schema.
 */
@Component
public class ManualSchema {

    public static final String RESOURCE = "/standards/acredita-manual.schema.json";

    private final Schema schema;

    public ManualSchema() {
        try (InputStream in = ManualSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LocatedProblem> check(JsonNode document) {
        return schema.validate(document).stream().map(ManualSchema::problem).distinct().toList();
    }

    /** Maps the validator's keywords onto our own message keys, so the reader gets the message in their language. */
    private static LocatedProblem problem(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String shown = shown(error.getInstanceNode());
        return switch (error.getKeyword()) {
            case "required" -> LocatedProblem.at(child(pointer, error.getProperty()), "standards.import.schema.required");
            case "additionalProperties" -> LocatedProblem.at(child(pointer, error.getProperty()),
                    "standards.import.schema.unknownProperty", error.getProperty());
            case "type" -> LocatedProblem.at(pointer, "standards.import.schema.type", shown);
            case "enum", "const" -> LocatedProblem.at(pointer, "standards.import.schema.enum", shown);
            case "pattern" -> LocatedProblem.at(pointer, "standards.import.schema.pattern", shown);
            case "minItems", "minProperties" -> LocatedProblem.at(pointer, "standards.import.schema.empty");
            case "uniqueItems" -> LocatedProblem.at(pointer, "standards.import.schema.repeated");
            default -> LocatedProblem.at(pointer, "standards.import.schema.invalid", error.getKeyword());
        };
    }

    /** The instance location as an RFC 6901 JSON pointer, whatever path notation the validator uses. */
    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    private static String child(String pointer, String property) {
        if (property == null) {
            return pointer;
        }
        return ("/".equals(pointer) ? "" : pointer) + "/" + escape(property);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The value quoted in a message. A container is never written out: an unknown key's error carries the whole
     * object, and writing 40,000 keys for each of 40,000 errors made the refusal quadratic.
     */
    private static String shown(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isContainer()) {
            return value.isArray() ? "[…]" : "{…}";
        }
        return shorten(value.isString() ? value.stringValue() : value.toString());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
