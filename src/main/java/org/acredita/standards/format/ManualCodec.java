package org.acredita.standards.format;

import java.nio.charset.StandardCharsets;
import org.acredita.standards.internal.ManualFormat;
import org.acredita.standards.internal.ManualRefusal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Reads and writes manual documents in JSON and YAML with one model, so both formats say the same. */
@Component
public class ManualCodec {

    /** Files are refused above 20 MB before they are parsed; each code point takes at least a byte. */
    private static final int MAX_CODE_POINTS = 20 * 1024 * 1024;

    // A repeated key would silently keep the last value: refuse it as a malformed file instead.
    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    // SnakeYAML stops at 3 MB of text by default; a manual may be as large as the import allows.
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS).build()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

    /** The file as a tree; a file that is not JSON or YAML at all is refused with its line and column. */
    public JsonNode read(byte[] content, ManualFormat format) {
        JsonNode tree;
        try {
            tree = mapper(format).readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String location = where == null ? "/" : where.getLineNr() + ":" + where.getColumnNr();
            throw ManualRefusal.because(location, "standards.import.malformed", format.id(),
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    firstLine(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw ManualRefusal.because("/", "standards.import.empty");
        }
        return tree;
    }

    /** Only called on a tree the schema and the validator accepted. */
    public ManualDocument bind(JsonNode tree) {
        return json.treeToValue(tree, ManualDocument.class);
    }

    public byte[] write(ManualDocument document, ManualFormat format) {
        if (format == ManualFormat.ACREDITA_JSON) {
            String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return yaml.writeValueAsBytes(document);
    }

    public JsonNode tree(ManualDocument document) {
        return json.valueToTree(document);
    }

    private ObjectMapper mapper(ManualFormat format) {
        return format == ManualFormat.ACREDITA_YAML ? yaml : json;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
