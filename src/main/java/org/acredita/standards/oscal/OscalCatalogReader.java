package org.acredita.standards.oscal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acredita.access.LocatedProblem;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.Chapter;
import org.acredita.standards.format.ManualDocument.Element;
import org.acredita.standards.format.ManualDocument.Section;
import org.acredita.standards.format.ManualDocument.Standard;
import org.acredita.standards.format.ManualDocument.Tier;
import org.acredita.standards.format.ManualDocument.TimeSensitivity;
import org.acredita.standards.internal.ManualRefusal;
import org.acredita.standards.internal.TranslationStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a NIST OSCAL 1.1.x catalog (JSON) as a manual edition: top-level groups become chapters, nested
 * groups sections, controls standards numbered by their order, enhancements (nested controls) standards
 * numbered under their parent, statement items lettered elements, guidance the commentary. Only the
 * catalog's skeleton is demanded; whatever else a real catalog carries (back matter, links, other
 * parts and props) is passed over, so any real catalog imports.
 */
@Component
public class OscalCatalogReader {

    /** The namespace of the props Acredita writes; props in other namespaces never set a level or tier. */
    public static final String NS = "https://acredita.org/ns/oscal";
    /** OSCAL has no notion of a programme; a foreign catalog lands in the first one unless it names one. */
    static final String DEFAULT_PROGRAMME = "LAW_ENFORCEMENT";
    /** Between a control's label and its title, so an export can give the label back to OSCAL. */
    static final String LABEL_SEPARATOR = " · ";

    private static final int MAX_TEXT = 20_000;
    private static final int MAX_ELEMENTS = 26;
    private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "de", "del", "for", "in", "la", "las",
            "los", "of", "on", "the", "to", "y");

    /** Whether a JSON document is an OSCAL catalog rather than an Acredita manual, for format detection. */
    public static boolean isCatalog(JsonNode tree) {
        return tree.isObject() && tree.has("catalog") && !tree.has("format");
    }

    /** @throws org.acredita.access.RefusedWithProblems when the file is not a catalog or lacks what a catalog has */
    public OscalMapping read(JsonNode root) {
        List<LocatedProblem> problems = OscalStructure.check(root);
        if (!problems.isEmpty()) {
            throw ManualRefusal.of(problems);
        }
        return new Reading(root.get("catalog")).mapping();
    }

    /** One pass over one catalog. */
    private static final class Reading {

        private final JsonNode catalog;
        private final OscalParameters parameters;
        private final String language;
        private final List<Chapter> chapters = new ArrayList<>();
        private final List<Standard> standards = new ArrayList<>();
        private final Map<String, String> origins = new HashMap<>();

        Reading(JsonNode catalog) {
            this.catalog = catalog;
            this.parameters = new OscalParameters(catalog);
            String declared = acreditaProp(catalog.path("metadata"), "language");
            this.language = "es".equals(declared) ? "es" : "en";
        }

        OscalMapping mapping() {
            JsonNode metadata = catalog.path("metadata");
            String title = metadata.path("title").asString("").strip();
            if (!catalog.path("controls").isEmpty()) {
                chapter(text(title), List.of(), catalog.path("controls"), "/catalog");
            }
            for (int i = 0; i < catalog.path("groups").size(); i++) {
                JsonNode group = catalog.path("groups").get(i);
                List<Located> nested = new ArrayList<>();
                nestedGroups(group, "/catalog/groups/" + i, nested);
                chapter(text(group.path("title").asString("").strip()), nested, group.path("controls"),
                        "/catalog/groups/" + i);
            }
            origins.put("/version", "/catalog/metadata/version");
            origins.put("/code", "/catalog/metadata/title");
            origins.put("/title", "/catalog/metadata/title");
            origins.put("/effectiveDate", "/catalog/metadata");
            String code = acreditaProp(metadata, "code");
            String programme = acreditaProp(metadata, "programme");
            String transition = acreditaProp(metadata, "transition-date");
            ManualDocument document = new ManualDocument(ManualDocument.FORMAT,
                    programme == null ? DEFAULT_PROGRAMME : programme,
                    code == null ? OscalNames.code(title, STOPWORDS) : code,
                    OscalNames.version(metadata.path("version").asString("")), text(title), effectiveDate(metadata),
                    transition != null && OscalNames.isDate(transition) ? transition : null, language, List.of(),
                    List.of(), tiers(metadata), chapters, standards, null);
            return new OscalMapping(document, origins);
        }

        /** Groups below a top-level group, depth first: Acredita has one level of sections only. */
        private void nestedGroups(JsonNode group, String at, List<Located> into) {
            for (int i = 0; i < group.path("groups").size(); i++) {
                JsonNode child = group.path("groups").get(i);
                into.add(new Located(child, at + "/groups/" + i));
                nestedGroups(child, at + "/groups/" + i, into);
            }
        }

        private void chapter(Text title, List<Located> sectionGroups, JsonNode controls, String at) {
            int number = chapters.size() + 1;
            origins.put("/chapters/" + (number - 1), at);
            List<Section> sections = new ArrayList<>();
            if (sectionGroups.isEmpty()) {
                controls(String.valueOf(number), controls, at);
            } else {
                // Controls directly in a chapter with sections get a first section of their own, so
                // their enhancements can still be numbered below them (chapter.section.control.enhancement).
                if (!controls.isEmpty()) {
                    sections.add(new Section(1, title));
                    controls(number + ".1", controls, at);
                }
                for (Located group : sectionGroups) {
                    int section = sections.size() + 1;
                    origins.put("/chapters/" + (number - 1) + "/sections/" + (section - 1), group.at());
                    sections.add(new Section(section, text(group.node().path("title").asString(""))));
                    controls(number + "." + section, group.node().path("controls"), group.at());
                }
            }
            chapters.add(new Chapter(number, title, sections));
        }

        private void controls(String prefix, JsonNode controls, String at) {
            for (int i = 0; i < controls.size(); i++) {
                String number = prefix + "." + (i + 1);
                JsonNode control = controls.get(i);
                String here = at + "/controls/" + i;
                standard(number, control, here);
                // Enhancements of enhancements are rare and Acredita numbers have at most four parts:
                // every descendant is numbered in document order below the top control.
                List<Located> enhancements = new ArrayList<>();
                descendants(control, here, enhancements);
                for (int k = 0; k < enhancements.size(); k++) {
                    standard(number + "." + (k + 1), enhancements.get(k).node(), enhancements.get(k).at());
                }
            }
        }

        private void descendants(JsonNode control, String at, List<Located> into) {
            for (int i = 0; i < control.path("controls").size(); i++) {
                into.add(new Located(control.path("controls").get(i), at + "/controls/" + i));
                descendants(control.path("controls").get(i), at + "/controls/" + i, into);
            }
        }

        private void standard(String number, JsonNode control, String at) {
            try {
                render(number, control, at);
            } catch (OscalParameters.TooLarge e) {
                throw e.parameter() == null
                        ? ManualRefusal.because(at, "standards.import.oscal.textTooLarge", OscalParameters.MAX_TOTAL)
                        : ManualRefusal.because(at, "standards.import.oscal.parameterTooLarge", e.parameter(),
                                OscalParameters.MAX_TEXT);
            }
        }

        private void render(String number, JsonNode control, String at) {
            origins.put("/standards/" + standards.size(), at);
            String plainTitle = parameters.render(control.path("title").asString("")).strip();
            String title = OscalNames.label(control) + LABEL_SEPARATOR + plainTitle;
            JsonNode statement = part(control, "statement", null);
            String prose = statement == null ? "" : prose(statement);
            List<Element> elements = statement == null ? List.of() : elements(statement);
            // A statement made only of items (most of SP 800-53) or a withdrawn control has no prose of its
            // own; the title stands in for it, as a standard always has a statement.
            String statementText = prose.isBlank() ? plainTitle : prose;
            JsonNode guidance = part(control, "guidance", null);
            JsonNode proof = part(control, "proof-guidance", NS);
            standards.add(new Standard(number, text(title), text(statementText),
                    guidance == null ? null : text(flatten(guidance)), proof == null ? null : text(flatten(proof)),
                    TranslationStatus.MISSING, level(control), Map.of(), tierCodes(control), List.of(),
                    timeSensitivity(control), elements));
        }

        private List<Element> elements(JsonNode statement) {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : statement.path("parts")) {
                if ("item".equals(item.path("name").asString(""))) {
                    texts.add(itemText(item, ""));
                }
            }
            if (texts.size() > MAX_ELEMENTS) {
                // Never seen in a real catalog; keeps every word while respecting the 26 letters.
                String rest = String.join("\n", texts.subList(MAX_ELEMENTS - 1, texts.size()));
                texts = new ArrayList<>(texts.subList(0, MAX_ELEMENTS - 1));
                texts.add(rest);
            }
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                elements.add(new Element(String.valueOf((char) ('a' + i)), text(texts.get(i))));
            }
            return elements;
        }

        /** An item with its sub-items flattened into one text, each on its own line with its label. */
        private String itemText(JsonNode item, String label) {
            StringBuilder text = new StringBuilder(label).append(prose(item));
            for (JsonNode sub : item.path("parts")) {
                if ("item".equals(sub.path("name").asString(""))) {
                    String subLabel = OscalNames.prop(sub, "label", null);
                    text.append('\n').append(itemText(sub, subLabel == null ? "" : subLabel + " "));
                }
            }
            return text.toString().strip();
        }

        /** A part's prose followed by that of its sub-parts (guidance is often split into paragraphs). */
        private String flatten(JsonNode part) {
            List<String> paragraphs = new ArrayList<>();
            String own = prose(part);
            if (!own.isBlank()) {
                paragraphs.add(own);
            }
            for (JsonNode sub : part.path("parts")) {
                String text = flatten(sub);
                if (!text.isBlank()) {
                    paragraphs.add(text);
                }
            }
            return String.join("\n\n", paragraphs);
        }

        private String prose(JsonNode part) {
            return parameters.render(part.path("prose").asString("")).strip();
        }

        private Level level(JsonNode control) {
            String value = OscalNames.prop(control, "level", NS);
            return "MANDATORY".equalsIgnoreCase(value) ? Level.MANDATORY : Level.OTHER;
        }

        private List<String> tierCodes(JsonNode control) {
            List<String> codes = new ArrayList<>();
            for (JsonNode prop : control.path("props")) {
                String value = prop.path("value").asString("");
                if (isOurs(prop, "tier") && OscalNames.isTierCode(value) && !codes.contains(value)) {
                    codes.add(value);
                }
            }
            return codes;
        }

        /** Tiers named in the catalog's metadata, and any a control names without that (named by their code). */
        private List<Tier> tiers(JsonNode metadata) {
            Map<String, Tier> tiers = new LinkedHashMap<>();
            for (JsonNode prop : metadata.path("props")) {
                String value = prop.path("value").asString("");
                if (isOurs(prop, "tier") && OscalNames.isTierCode(value)) {
                    String name = prop.path("remarks").asString("").strip();
                    tiers.putIfAbsent(value, new Tier(value, text(name.isEmpty() ? value : name)));
                }
            }
            for (Standard standard : standards) {
                for (String code : standard.tiers()) {
                    tiers.putIfAbsent(code, new Tier(code, text(code)));
                }
            }
            return List.copyOf(tiers.values());
        }

        private TimeSensitivity timeSensitivity(JsonNode control) {
            for (JsonNode prop : control.path("props")) {
                String proof = prop.path("remarks").asString("").strip();
                if (isOurs(prop, "time-sensitive") && !proof.isEmpty()) {
                    try {
                        Frequency frequency = Frequency.valueOf(prop.path("value").asString("")
                                .toUpperCase(Locale.ROOT).replace('-', '_'));
                        return new TimeSensitivity(frequency, text(proof));
                    } catch (IllegalArgumentException unknown) {
                        return null; // a frequency Acredita does not know: the control is simply not time-sensitive
                    }
                }
            }
            return null;
        }

        private String effectiveDate(JsonNode metadata) {
            for (String field : List.of("published", "last-modified")) {
                String value = metadata.path(field).asString("");
                if (value.length() >= 10 && OscalNames.isDate(value.substring(0, 10))) {
                    return value.substring(0, 10);
                }
            }
            return LocalDate.now().toString();
        }

        private Text text(String value) {
            String bounded = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
            return "es".equals(language) ? new Text(bounded, null) : new Text(null, bounded);
        }

        private static JsonNode part(JsonNode control, String name, String ns) {
            for (JsonNode part : control.path("parts")) {
                boolean sameNs = ns == null ? part.path("ns").isMissingNode() : ns.equals(part.path("ns").asString(""));
                if (name.equals(part.path("name").asString("")) && sameNs) {
                    return part;
                }
            }
            return null;
        }

        private static String acreditaProp(JsonNode node, String name) {
            return OscalNames.prop(node, name, NS);
        }

        private static boolean isOurs(JsonNode prop, String name) {
            return name.equals(prop.path("name").asString("")) && NS.equals(prop.path("ns").asString(""));
        }
    }

    private record Located(JsonNode node, String at) {
    }
}
