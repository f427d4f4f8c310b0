package org.acredita.standards.oscal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Renders {@code {{ insert: param, id }}} into readable text the way NIST publishes its catalogs:
 * a set value as is, a selection as {@code [Selection (one or more): a; b]}, anything else as
 * {@code [Assignment: label]} (or its guideline when it has no label). Acredita stores finished text,
 * so the parameters are resolved once, at import.
 */
final class OscalParameters {

    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");
    // Choices may insert other parameters; a catalog that loops must not hang the import.
    private static final int MAX_DEPTH = 5;

    private final Map<String, JsonNode> byId = new HashMap<>();

    /** Every parameter of the catalog, wherever it is declared: ids are unique within a catalog. */
    OscalParameters(JsonNode catalog) {
        collect(catalog);
    }

    String render(String text) {
        return render(text, 0);
    }

    private String render(String text, int depth) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher matcher = INSERT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(parameter(matcher.group(1), depth)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String parameter(String id, int depth) {
        JsonNode param = byId.get(id);
        if (param == null || depth >= MAX_DEPTH) {
            return "[Assignment: " + id + "]";
        }
        List<String> values = strings(param.path("values"));
        if (!values.isEmpty()) {
            return render(String.join(", ", values), depth + 1);
        }
        JsonNode select = param.path("select");
        if (select.isObject()) {
            List<String> choices = new ArrayList<>();
            for (String choice : strings(select.path("choice"))) {
                choices.add(render(choice, depth + 1).strip());
            }
            String how = "one-or-more".equals(select.path("how-many").asString("")) ? "Selection (one or more)"
                    : "Selection";
            return "[" + how + ": " + String.join("; ", choices) + "]";
        }
        String label = param.path("label").asString("");
        if (!label.isBlank()) {
            return "[Assignment: " + render(label, depth + 1).strip() + "]";
        }
        String guideline = param.path("guidelines").path(0).path("prose").asString("");
        return "[Assignment: " + (guideline.isBlank() ? id : render(guideline, depth + 1).strip()) + "]";
    }

    private void collect(JsonNode node) {
        for (JsonNode param : node.path("params")) {
            String id = param.path("id").asString("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, param);
            }
        }
        for (String child : List.of("groups", "controls")) {
            for (JsonNode item : node.path(child)) {
                collect(item);
            }
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : list) {
            if (value.isString()) {
                values.add(value.stringValue());
            }
        }
        return values;
    }
}
