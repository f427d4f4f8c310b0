package org.acredita.standards.oscal;

import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalog shaped like the full SP 800-53 rev5 (which is not in the test resources): 20 families, 1,200
 * controls with enhancements, parameters, lettered statement items with sub-items, and guidance.
 */
final class SyntheticCatalog {

    static final int GROUPS = 20;
    static final int CONTROLS_PER_GROUP = 30;
    /** Control j of a family has j % 3 enhancements: 30 base controls and 30 enhancements per family. */
    static final int TOTAL = GROUPS * (CONTROLS_PER_GROUP + CONTROLS_PER_GROUP / 3 * (0 + 1 + 2));

    private SyntheticCatalog() {
    }

    static ObjectNode build(JsonMapper json, String version) {
        ObjectNode root = json.createObjectNode();
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("uuid", UUID.randomUUID().toString());
        catalog.putObject("metadata").put("title", "Synthetic Security Controls LARGE " + version)
                .put("last-modified", "2026-01-15T10:00:00Z").put("version", version).put("oscal-version", "1.1.2");
        ArrayNode groups = catalog.putArray("groups");
        for (int g = 1; g <= GROUPS; g++) {
            String family = "f" + (char) ('a' + g - 1) + "x";
            ObjectNode group = groups.addObject().put("id", family).put("class", "family")
                    .put("title", "Family " + g);
            ArrayNode controls = group.putArray("controls");
            for (int c = 1; c <= CONTROLS_PER_GROUP; c++) {
                ObjectNode control = control(controls.addObject(), family + "-" + c, family.toUpperCase() + "-" + c);
                for (int e = 1; e <= c % 3; e++) {
                    String id = family + "-" + c + "." + e;
                    control(control.withArray("controls").addObject(), id, family.toUpperCase() + "-" + c + "(" + e + ")");
                }
            }
        }
        return root;
    }

    private static ObjectNode control(ObjectNode control, String id, String label) {
        control.put("id", id).put("class", "SP800-53").put("title", "Control " + label);
        ArrayNode params = control.putArray("params");
        params.addObject().put("id", id + "_prm_1").put("label", "organization-defined frequency");
        ObjectNode select = params.addObject().put("id", id + "_prm_2").putObject("select").put("how-many", "one-or-more");
        select.putArray("choice").add("daily").add("weekly");
        control.putArray("props").addObject().put("name", "label").put("value", label);
        ArrayNode parts = control.putArray("parts");
        ObjectNode statement = parts.addObject().put("id", id + "_smt").put("name", "statement");
        ArrayNode items = statement.putArray("parts");
        for (char letter = 'a'; letter <= 'c'; letter++) {
            ObjectNode item = items.addObject().put("id", id + "_smt." + letter).put("name", "item")
                    .put("prose", "Review the controls {{ insert: param, " + id + "_prm_1 }} and report "
                            + "{{ insert: param, " + id + "_prm_2 }}:");
            item.putArray("props").addObject().put("name", "label").put("value", letter + ".");
            item.putArray("parts").addObject().put("id", id + "_smt." + letter + ".1").put("name", "item")
                    .put("prose", "to the security officer.");
        }
        parts.addObject().put("id", id + "_gdn").put("name", "guidance")
                .put("prose", "Guidance for " + label + ". Organizations tailor it to their risk.");
        return control;
    }
}
