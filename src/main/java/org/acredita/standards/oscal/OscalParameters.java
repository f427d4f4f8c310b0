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
    /**
     * Parameters inserting each other many times per level grow exponentially within the depth: one text may
     * become at most this long, the whole catalog's texts together at most {@link #MAX_TOTAL}. Since every
     * character rendered ends up in the output, the work is bounded by the same numbers.
     */
    static final int MAX_TEXT = 100_000;
    static final long MAX_TOTAL = 20_000_000;

    private final Map<String, JsonNode> byId = new HashMap<>();
    private long rendered;

    /** Every parameter of the catalog, wherever it is declared: ids are unique within a catalog. */
    OscalParameters(JsonNode catalog) {
        collect(catalog);
    }

    /** @throws TooLarge when the text grows beyond the limits by its insertions */
    String render(String text) {
        String result = render(text, 0);
        rendered += result == null ? 0 : result.length();
        if (rendered > MAX_TOTAL) {
            throw new TooLarge(null);
        }
        return result;
    }

    private String render(String text, int depth) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher matcher = INSERT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(parameter(matcher.group(1), depth)));
            if (out.length() > MAX_TEXT) {
                throw new TooLarge(matcher.group(1));
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A text that grew too large through this parameter's insertion (null: the catalog's texts together). */
    static final class TooLarge extends RuntimeException {

        private final String parameter;

        TooLarge(String parameter) {
            super("Parameter expansion too large", null, false, false);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
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
            int length = 0;
            for (String choice : strings(select.path("choice"))) {
                String rendered = render(choice, depth + 1).strip();
                length += rendered.length();
                if (length > MAX_TEXT) {
                    throw new TooLarge(id);
                }
                choices.add(rendered);
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
