package org.acredita.standards.format;

import java.nio.charset.StandardCharsets;
import org.acredita.standards.internal.ManualFormat;
import org.acredita.standards.internal.ManualRefusal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.stereotype.Component;
import org.acredita.access.RefusedWithProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
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
    /** A manual nests six levels or so (standards, elements, texts); more is a hostile file. */
    public static final int MAX_DEPTH = 32;
    /** Values and names together; the largest real manuals hold a few hundred thousand. */
    public static final long MAX_TOKENS = 2_000_000;
    /** The longest text a manual holds, far above any real statement. */
    private static final int MAX_TEXT = 1_000_000;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
            .maxTokenCount(MAX_TOKENS).maxStringLength(MAX_TEXT).maxNameLength(1_000)
            .maxDocumentLength(MAX_CODE_POINTS).build();

    // A repeated key would silently keep the last value: refuse it as a malformed file instead.
    private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    // SnakeYAML stops at 3 MB of text by default; a manual may be as large as the import allows. Aliases (which
    // multiply a small file into a huge tree) and recursive keys have no place in a manual.
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS)
                            .setMaxAliasesForCollections(10).setAllowRecursiveKeys(false).build())
                    .streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

    /** The file as a tree; a file that is not JSON or YAML at all is refused with its line and column. */
    public JsonNode read(byte[] content, ManualFormat format) {
        JsonNode tree;
        ObjectMapper mapper = mapper(format);
        try (JsonParser parser = mapper.createParser(content)) {
            try {
                tree = mapper.readTree(parser);
            } catch (StreamConstraintsException limit) {
                // A limit's exception carries no place; the parser stands where it stopped.
                TokenStreamLocation where = parser.currentLocation();
                throw limitExceeded(where.getLineNr() + ":" + where.getColumnNr(), limit);
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String location = where == null ? "/" : where.getLineNr() + ":" + where.getColumnNr();
            if (e instanceof StreamConstraintsException limit) {
                throw limitExceeded(location, limit);
            }
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

    /** Which limit the file went past, said in the reader's language (the parser's message is English). */
    private static RefusedWithProblems limitExceeded(String location, StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("nesting depth")) {
            return ManualRefusal.because(location, "standards.import.tooDeep", MAX_DEPTH);
        }
        if (message.contains("token count")) {
            return ManualRefusal.because(location, "standards.import.tooManyEntries", MAX_TOKENS);
        }
        return ManualRefusal.because(location, "standards.import.textTooLong", MAX_TEXT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
