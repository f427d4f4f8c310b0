package org.acredita.standards.oscal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.Chapter;
import org.acredita.standards.format.ManualDocument.Element;
import org.acredita.standards.format.ManualDocument.Section;
import org.acredita.standards.format.ManualDocument.Standard;
import org.acredita.standards.format.ManualDocument.Tier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an edition as an OSCAL 1.1.2 catalog (JSON) in the authoritative language: chapters become
 * groups, sections nested groups, standards controls (a standard numbered below another of the same
 * chapter or section becomes its enhancement), elements statement items, commentary guidance. Level,
 * tiers and time-sensitivity travel as props in Acredita's namespace, so importing the export gives
 * them back; size-class levels, functions and crosswalks have no OSCAL counterpart and are left out.
 */
@Component
public class OscalCatalogWriter {

    public static final String OSCAL_VERSION = "1.1.2";

    private final JsonMapper json = JsonMapper.builder().build();

    public byte[] write(ManualDocument document) {
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(tree(document));
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public ObjectNode tree(ManualDocument document) {
        return new Writing(document, json).root();
    }

    /** Each standard's control id as {@link #tree} names it (number to id), for documents that point into the catalog. */
    public Map<String, String> controlIds(ManualDocument document) {
        Writing writing = new Writing(document, json);
        writing.root();
        Map<String, String> ids = new HashMap<>();
        writing.controls.forEach((number, control) -> ids.put(number, control.get("id").asString()));
        return ids;
    }

    /** One export of one edition. */
    private static final class Writing {

        private final ManualDocument document;
        private final JsonMapper json;
        private final Map<String, ObjectNode> groups = new HashMap<>();
        private final Map<String, ObjectNode> controls = new HashMap<>();
        private final Set<String> ids = new HashSet<>();

        Writing(ManualDocument document, JsonMapper json) {
            this.document = document;
            this.json = json;
        }

        ObjectNode root() {
            ObjectNode root = json.createObjectNode();
            ObjectNode catalog = root.putObject("catalog");
            // A new uuid per export: OSCAL asks for a new one whenever a document is produced again.
            catalog.put("uuid", UUID.randomUUID().toString());
            catalog.set("metadata", metadata());
            ArrayNode groupList = json.createArrayNode();
            for (Chapter chapter : document.chapters()) {
                ObjectNode group = group("ch" + chapter.number(), chapter.title());
                groups.put(String.valueOf(chapter.number()), group);
                for (Section section : chapter.sections()) {
                    ObjectNode nested = group("ch" + chapter.number() + "." + section.number(), section.title());
                    groups.put(chapter.number() + "." + section.number(), nested);
                    array(group, "groups").add(nested);
                }
                groupList.add(group);
            }
            document.standards().stream()
                    .sorted((a, b) -> Arrays.compare(a.sortKey(), b.sortKey()))
                    .forEach(this::place);
            if (!groupList.isEmpty()) {
                catalog.set("groups", groupList);
            }
            return root;
        }

        private ObjectNode metadata() {
            ObjectNode metadata = json.createObjectNode();
            metadata.put("title", text(document.title()));
            if (document.effectiveDate() != null) {
                metadata.put("published", document.effectiveDate() + "T00:00:00Z");
            }
            // ISO_INSTANT always writes the seconds (toString drops ":00"), which the OSCAL schema requires.
            metadata.put("last-modified", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            metadata.put("version", document.version());
            metadata.put("oscal-version", OSCAL_VERSION);
            ArrayNode props = json.createArrayNode();
            props.add(prop("code", document.code()));
            props.add(prop("programme", document.programme()));
            props.add(prop("language", document.authoritativeLanguage()));
            if (document.transitionDate() != null) {
                props.add(prop("transition-date", document.transitionDate()));
            }
            for (Tier tier : document.tiers()) {
                props.add(prop("tier", tier.code()).put("remarks", text(tier.name())));
            }
            metadata.set("props", props);
            return metadata;
        }

        /** Under the longest standard number it extends within its chapter or section, else in that group. */
        private void place(Standard standard) {
            String[] parts = standard.number().split("\\.");
            String container = parts[0];
            if (parts.length > 2 && groups.containsKey(parts[0] + "." + parts[1])) {
                container = parts[0] + "." + parts[1];
            }
            int containerParts = container.split("\\.").length;
            ObjectNode parent = groups.get(container);
            for (int length = parts.length - 1; length > containerParts; length--) {
                ObjectNode candidate = controls.get(String.join(".", Arrays.copyOf(parts, length)));
                if (candidate != null) {
                    parent = candidate;
                    break;
                }
            }
            ObjectNode control = control(standard);
            controls.put(standard.number(), control);
            array(parent, "controls").add(control);
        }

        private ObjectNode control(Standard standard) {
            String title = text(standard.title());
            String label = standard.number();
            int separator = title.indexOf(OscalCatalogReader.LABEL_SEPARATOR);
            if (separator > 0 && !title.substring(0, separator).contains(" ")) {
                label = title.substring(0, separator);
                title = title.substring(separator + OscalCatalogReader.LABEL_SEPARATOR.length());
            }
            String id = id(label, standard.number());
            ObjectNode control = json.createObjectNode();
            control.put("id", id);
            control.put("title", title);
            ArrayNode props = array(control, "props");
            props.add(json.createObjectNode().put("name", "label").put("value", label));
            props.add(prop("level", standard.level().name()));
            standard.tiers().forEach(tier -> props.add(prop("tier", tier)));
            if (standard.timeSensitivity() != null) {
                props.add(prop("time-sensitive", standard.timeSensitivity().frequency().name())
                        .put("remarks", text(standard.timeSensitivity().proof())));
            }
            ArrayNode parts = array(control, "parts");
            parts.add(statement(standard, id, title));
            if (standard.commentary() != null) {
                parts.add(json.createObjectNode().put("id", id + "_gdn").put("name", "guidance")
                        .put("prose", text(standard.commentary())));
            }
            if (standard.proofGuidance() != null) {
                parts.add(json.createObjectNode().put("id", id + "_prf").put("name", "proof-guidance")
                        .put("ns", OscalCatalogReader.NS).put("prose", text(standard.proofGuidance())));
            }
            return control;
        }

        private ObjectNode statement(Standard standard, String id, String title) {
            ObjectNode statement = json.createObjectNode().put("id", id + "_smt").put("name", "statement");
            String prose = text(standard.statement());
            // The import put the title in place of a statement that had only items; leave it out again.
            if (standard.elements().isEmpty() || !prose.equals(title)) {
                statement.put("prose", prose);
            }
            for (Element element : standard.elements()) {
                ObjectNode item = json.createObjectNode().put("id", id + "_smt." + element.letter()).put("name", "item");
                item.putArray("props").add(json.createObjectNode().put("name", "label").put("value", element.letter() + "."));
                item.put("prose", text(element.text()));
                array(statement, "parts").add(item);
            }
            return statement;
        }

        /** NIST's own ids from their labels (AC-2(1) → ac-2.1), else one made from the standard's number. */
        private String id(String label, String number) {
            String candidate = label.toLowerCase(Locale.ROOT).replace("(", ".").replace(")", "")
                    .replaceAll("[^\\p{L}\\p{N}._-]", "-");
            if (!candidate.matches("^(\\p{L}|_).*")) {
                candidate = "c" + candidate;
            }
            if (!ids.add(candidate)) {
                candidate = "std-" + number;
                ids.add(candidate);
            }
            return candidate;
        }

        private ObjectNode group(String id, Text title) {
            return json.createObjectNode().put("id", id).put("title", text(title));
        }

        private ObjectNode prop(String name, String value) {
            return json.createObjectNode().put("name", name).put("ns", OscalCatalogReader.NS).put("value", value);
        }

        /** OSCAL arrays may not be empty, so each is created only when something goes in. */
        private static ArrayNode array(ObjectNode node, String field) {
            return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
        }

        /** The authoritative language's text, else the other one: an OSCAL catalog speaks one language. */
        private String text(Text text) {
            if (text == null) {
                return "";
            }
            String first = "es".equals(document.authoritativeLanguage()) ? text.es() : text.en();
            String second = "es".equals(document.authoritativeLanguage()) ? text.en() : text.es();
            return first != null && !first.isBlank() ? first : second == null ? "" : second;
        }
    }
}
