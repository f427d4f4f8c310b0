package org.acredita.standards.sheets;

import static org.acredita.standards.sheets.SheetLayout.STANDARDS;
import static org.acredita.standards.sheets.SheetLayout.column;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.ManualRefusal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the text of a spreadsheet into the tree of a manual document without judging it: every value
 * goes where the exchange format expects it, as typed (a number that is not one stays text), so the
 * schema and the validator decide, once, for all formats. Only what has no place in the tree at all
 * (an element row without its standard) is refused here.
 */
final class SheetReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SheetContent content;
    private final boolean csv;
    private final Map<String, Cell> origins = new HashMap<>();
    private final Map<String, ObjectNode> chapters = new LinkedHashMap<>();
    private final Map<String, Integer> chapterIndex = new HashMap<>();
    private final Map<String, ObjectNode> sections = new HashMap<>();

    private SheetReader(SheetContent content, boolean csv) {
        this.content = content;
        this.csv = csv;
    }

    static SheetMapping read(SheetContent content, boolean csv) {
        return new SheetReader(content, csv).mapping();
    }

    private SheetMapping mapping() {
        ObjectNode root = NODES.objectNode();
        root.put("format", ManualDocument.FORMAT);
        metadata(root, "programme", "/programme");
        metadata(root, "code", "/code");
        metadata(root, "version", "/version");
        text(root, "/title", metaCell("title_es"), meta("title_es"), metaCell("title_en"), meta("title_en"));
        metadata(root, "effective_date", "/effectiveDate");
        metadata(root, "transition_date", "/transitionDate");
        metadata(root, "authoritative_language", "/authoritativeLanguage");
        ArrayNode languages = list(meta("required_languages"));
        if (!languages.isEmpty()) {
            root.set("requiredLanguages", languages);
            origins.put("/requiredLanguages", metaCell("required_languages"));
        }
        sizeClasses(root);
        tiers(root);
        ArrayNode standards = standards();
        ArrayNode chapterList = NODES.arrayNode();
        chapters.values().forEach(chapterList::add);
        root.set("chapters", chapterList);
        root.set("standards", standards);
        return new SheetMapping(root, origins, csv);
    }

    private void metadata(ObjectNode root, String column, String pointer) {
        String value = meta(column);
        if (!value.isBlank()) {
            root.put(pointer.substring(1), value.strip());
        }
        origins.put(pointer, metaCell(column));
    }

    /** {@code A:1-24;D:1000-}: code, minimum and (unless "or more") maximum authorised personnel. */
    private void sizeClasses(ObjectNode root) {
        ArrayNode list = NODES.arrayNode();
        for (String entry : meta("size_classes").split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            ObjectNode sizeClass = list.addObject();
            String[] codeAndRange = entry.split(":", 2);
            sizeClass.put("code", codeAndRange[0].strip());
            String[] range = (codeAndRange.length > 1 ? codeAndRange[1] : "").split("-", 2);
            number(sizeClass, "minPersonnel", range[0]);
            if (range.length > 1 && !range[1].isBlank()) {
                number(sizeClass, "maxPersonnel", range[1]);
            }
        }
        if (!list.isEmpty()) {
            root.set("sizeClasses", list);
            origins.put("/sizeClasses", metaCell("size_classes"));
        }
    }

    /** {@code BASIC:Básico|Basic;ADVANCED:Avanzado|Advanced}: code and name in Spanish and English. */
    private void tiers(ObjectNode root) {
        ArrayNode list = NODES.arrayNode();
        for (String entry : meta("tiers").split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            ObjectNode tier = list.addObject();
            String[] codeAndName = entry.split(":", 2);
            tier.put("code", codeAndName[0].strip());
            String[] names = (codeAndName.length > 1 ? codeAndName[1] : "").split("\\|", 2);
            ObjectNode name = tier.putObject("name");
            putText(name, "es", names[0]);
            putText(name, "en", names.length > 1 ? names[1] : "");
        }
        if (!list.isEmpty()) {
            root.set("tiers", list);
            origins.put("/tiers", metaCell("tiers"));
        }
    }

    private ArrayNode standards() {
        ArrayNode standards = NODES.arrayNode();
        ObjectNode current = null;
        for (SheetRow row : content.standards()) {
            if (row.blank()) {
                continue;
            }
            if (row.value(column("element")).isBlank()) {
                String at = "/standards/" + standards.size();
                current = standards.addObject();
                standard(current, row, at);
            } else {
                if (current == null || !current.path("number").asString("").equals(row.value(column("number")).strip())) {
                    throw ManualRefusal.of(List.of(SheetMapping.at(cell(row, "element"),
                            "standards.sheets.element.orphan", List.of(row.value(column("number"))), csv)));
                }
                element(current, row, "/standards/" + (standards.size() - 1));
            }
        }
        return standards;
    }

    private void standard(ObjectNode standard, SheetRow row, String at) {
        origins.put(at, cell(row, "number"));
        field(standard, row, "number", "number", at);
        placement(row);
        textColumns(standard, row, "title", "title", at);
        textColumns(standard, row, "statement", "text", at);
        textColumns(standard, row, "commentary", "commentary", at);
        textColumns(standard, row, "proofGuidance", "proof_guidance", at);
        field(standard, row, "translation", "translation", at);
        field(standard, row, "level", "level", at);
        String levels = row.value(column("levels_by_size_class"));
        if (!levels.isBlank()) {
            ObjectNode bySizeClass = standard.putObject("levelBySizeClass");
            for (String entry : levels.split(";")) {
                if (!entry.isBlank()) {
                    String[] pair = entry.split(":", 2);
                    bySizeClass.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
                }
            }
        }
        origins.put(at + "/levelBySizeClass", cell(row, "levels_by_size_class"));
        listColumn(standard, row, "tiers", "tiers", at);
        listColumn(standard, row, "functions", "functions", at);
        String frequency = row.value(column("frequency"));
        String proofEs = row.value(column("proof_es"));
        String proofEn = row.value(column("proof_en"));
        if (!frequency.isBlank() || !proofEs.isBlank() || !proofEn.isBlank()) {
            ObjectNode time = standard.putObject("timeSensitivity");
            if (!frequency.isBlank()) {
                time.put("frequency", frequency.strip());
            }
            text(time, at + "/timeSensitivity/proof", cell(row, "proof_es"), proofEs, cell(row, "proof_en"), proofEn);
        }
        origins.put(at + "/timeSensitivity", cell(row, "frequency"));
        origins.put(at + "/timeSensitivity/frequency", cell(row, "frequency"));
    }

    private void element(ObjectNode standard, SheetRow row, String at) {
        ArrayNode elements = standard.has("elements") ? (ArrayNode) standard.get("elements")
                : standard.putArray("elements");
        String here = at + "/elements/" + elements.size();
        ObjectNode element = elements.addObject();
        origins.put(here, cell(row, "element"));
        field(element, row, "letter", "element", here);
        text(element, here + "/text", cell(row, "text_es"), row.value(column("text_es")), cell(row, "text_en"),
                row.value(column("text_en")));
    }

    /** The chapter and section a standard row names, made known the first time a row names them. */
    private void placement(SheetRow row) {
        String chapterNumber = row.value(column("chapter")).strip();
        if (chapterNumber.isBlank()) {
            return;
        }
        ObjectNode chapter = chapters.get(chapterNumber);
        if (chapter == null) {
            String at = "/chapters/" + chapters.size();
            chapterIndex.put(chapterNumber, chapters.size());
            chapter = NODES.objectNode();
            chapters.put(chapterNumber, chapter);
            origins.put(at, cell(row, "chapter"));
            number(chapter, "number", chapterNumber);
            origins.put(at + "/number", cell(row, "chapter"));
            text(chapter, at + "/title", cell(row, "chapter_title_es"), row.value(column("chapter_title_es")),
                    cell(row, "chapter_title_en"), row.value(column("chapter_title_en")));
        }
        String sectionNumber = row.value(column("section")).strip();
        String key = chapterNumber + "." + sectionNumber;
        if (sectionNumber.isBlank() || sections.containsKey(key)) {
            return;
        }
        ArrayNode list = chapter.has("sections") ? (ArrayNode) chapter.get("sections") : chapter.putArray("sections");
        String at = "/chapters/" + chapterIndex.get(chapterNumber) + "/sections/" + list.size();
        ObjectNode section = list.addObject();
        sections.put(key, section);
        origins.put(at, cell(row, "section"));
        number(section, "number", sectionNumber);
        origins.put(at + "/number", cell(row, "section"));
        text(section, at + "/title", cell(row, "section_title_es"), row.value(column("section_title_es")),
                cell(row, "section_title_en"), row.value(column("section_title_en")));
    }

    private void field(ObjectNode node, SheetRow row, String field, String columnName, String at) {
        String value = row.value(column(columnName));
        if (!value.isBlank()) {
            node.put(field, value.strip());
        }
        origins.put(at + "/" + field, cell(row, columnName));
    }

    private void textColumns(ObjectNode node, SheetRow row, String field, String prefix, String at) {
        text(node, at + "/" + field, cell(row, prefix + "_es"), row.value(column(prefix + "_es")),
                cell(row, prefix + "_en"), row.value(column(prefix + "_en")));
    }

    /** A text from its Spanish and English cells; absent when both are empty. */
    private void text(ObjectNode parent, String at, Cell esCell, String es, Cell enCell, String en) {
        origins.put(at, esCell);
        origins.put(at + "/es", esCell);
        origins.put(at + "/en", enCell);
        if (es.isBlank() && en.isBlank()) {
            return;
        }
        ObjectNode text = parent.putObject(at.substring(at.lastIndexOf('/') + 1));
        putText(text, "es", es);
        putText(text, "en", en);
    }

    private void listColumn(ObjectNode node, SheetRow row, String field, String columnName, String at) {
        ArrayNode values = list(row.value(column(columnName)));
        if (!values.isEmpty()) {
            node.set(field, values);
        }
        origins.put(at + "/" + field, cell(row, columnName));
    }

    /** Texts are kept as typed, line breaks and inner spacing included, so an export imports unchanged. */
    private static void putText(ObjectNode text, String language, String value) {
        if (!value.isBlank()) {
            text.put(language, value);
        }
    }

    /** A whole number where one is expected; anything else stays text for the schema to refuse. */
    private static void number(ObjectNode node, String field, String value) {
        String stripped = value.strip();
        if (stripped.matches("[0-9]{1,9}")) {
            node.put(field, Integer.parseInt(stripped));
        } else {
            node.put(field, stripped);
        }
    }

    private static ArrayNode list(String value) {
        ArrayNode list = NODES.arrayNode();
        for (String item : value.split(";")) {
            if (!item.isBlank()) {
                list.add(item.strip());
            }
        }
        return list;
    }

    private String meta(String column) {
        return content.metadata().getOrDefault(column, "");
    }

    private Cell metaCell(String column) {
        return content.metadataCells().getOrDefault(column, new Cell(SheetLayout.MANUAL, 2, 0));
    }

    private static Cell cell(SheetRow row, String columnName) {
        return new Cell(STANDARDS, row.row(), column(columnName));
    }
}
