package org.acredita.standards.oscal;

import java.util.ArrayList;
import java.util.List;
import org.acredita.access.LocatedProblem;
import tools.jackson.databind.JsonNode;

/**
 * The skeleton every OSCAL catalog has and the mapping relies on: a catalog with a uuid and metadata
 * (title), groups and controls with titles, controls with ids. Everything else is optional to the reader,
 * so only these are checked, all of them, each problem with its JSON pointer.
 */
final class OscalStructure {

    private final List<LocatedProblem> problems = new ArrayList<>();
    private int controls;

    private OscalStructure() {
    }

    static List<LocatedProblem> check(JsonNode root) {
        OscalStructure structure = new OscalStructure();
        structure.root(root);
        return List.copyOf(structure.problems);
    }

    private void root(JsonNode root) {
        JsonNode catalog = root.path("catalog");
        if (!catalog.isObject()) {
            problems.add(LocatedProblem.at("/catalog", "standards.oscal.notCatalog"));
            return;
        }
        requiredString(catalog, "/catalog", "uuid");
        JsonNode metadata = catalog.path("metadata");
        if (!metadata.isObject()) {
            problems.add(LocatedProblem.at("/catalog/metadata", "standards.oscal.required", "metadata"));
        } else {
            requiredString(metadata, "/catalog/metadata", "title");
        }
        children(catalog, "/catalog");
        if (controls == 0) {
            problems.add(LocatedProblem.at("/catalog", "standards.oscal.noControls"));
        }
    }

    private void children(JsonNode node, String at) {
        if (array(node, at, "groups")) {
            for (int i = 0; i < node.path("groups").size(); i++) {
                JsonNode group = node.path("groups").get(i);
                String here = at + "/groups/" + i;
                if (object(group, here)) {
                    requiredString(group, here, "title");
                    children(group, here);
                }
            }
        }
        if (array(node, at, "controls")) {
            for (int i = 0; i < node.path("controls").size(); i++) {
                JsonNode control = node.path("controls").get(i);
                String here = at + "/controls/" + i;
                if (object(control, here)) {
                    controls++;
                    requiredString(control, here, "id");
                    requiredString(control, here, "title");
                    children(control, here);
                }
            }
        }
    }

    private boolean array(JsonNode node, String at, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return false;
        }
        if (!value.isArray()) {
            problems.add(LocatedProblem.at(at + "/" + field, "standards.oscal.notList", field));
            return false;
        }
        return true;
    }

    private boolean object(JsonNode node, String at) {
        if (!node.isObject()) {
            problems.add(LocatedProblem.at(at, "standards.oscal.notObject"));
            return false;
        }
        return true;
    }

    private void requiredString(JsonNode node, String at, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            problems.add(LocatedProblem.at(at + "/" + field, "standards.oscal.required", field));
        }
    }
}
