package org.acredita.assessments.oscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The small pieces every OSCAL document of an assessment is made of: props, times, arrays OSCAL never wants empty. */
final class OscalJson {

    /** Acredita's namespace for props OSCAL has no name for (the same one the standards' catalog export uses). */
    static final String NS = "https://acredita.org/ns/oscal";
    static final String OSCAL_VERSION = "1.1.2";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private OscalJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** An array field, created when the first item goes in: OSCAL arrays may not be empty. */
    static ArrayNode array(ObjectNode node, String field) {
        return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
    }

    /** Adds an Acredita prop unless the value is missing. */
    static void prop(ObjectNode node, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            array(node, "props").add(object().put("name", name).put("ns", NS).put("value", value.toString()));
        }
    }

    /** An instant with seconds always written, as the schema's date-time pattern requires. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A day's first or last second in the agency's time zone, with its offset. */
    static String day(LocalDate date, ZoneId zone, boolean end) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atTime(end ? LocalTime.of(23, 59, 59)
                : LocalTime.MIDNIGHT).atZone(zone).toOffsetDateTime());
    }
}
