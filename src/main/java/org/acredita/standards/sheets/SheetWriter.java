package org.acredita.standards.sheets;

import static org.acredita.standards.sheets.SheetLayout.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.Chapter;
import org.acredita.standards.format.ManualDocument.Element;
import org.acredita.standards.format.ManualDocument.Section;
import org.acredita.standards.format.ManualDocument.Standard;

/**
 * An edition as spreadsheet text: the metadata row and one row per standard followed by one per
 * element. Every standard row repeats its chapter and section, so a filtered or sorted sheet still says
 * where each standard belongs. Everything is text, so a spreadsheet program never turns 1.10 into 1.1.
 */
final class SheetWriter {

    private SheetWriter() {
    }

    /** The metadata by column name, in {@link SheetLayout#MANUAL_COLUMNS} order. */
    static Map<String, String> metadata(ManualDocument document) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", document.code());
        values.put("version", document.version());
        values.put("programme", document.programme());
        values.put("title_es", es(document.title()));
        values.put("title_en", en(document.title()));
        values.put("effective_date", document.effectiveDate());
        values.put("transition_date", document.transitionDate());
        values.put("authoritative_language", document.authoritativeLanguage());
        values.put("required_languages", String.join(";", document.requiredLanguages()));
        values.put("size_classes", document.sizeClasses().stream()
                .map(size -> size.code() + ":" + size.minPersonnel() + "-"
                        + (size.maxPersonnel() == null ? "" : size.maxPersonnel()))
                .collect(Collectors.joining(";")));
        values.put("tiers", document.tiers().stream()
                .map(tier -> tier.code() + ":" + es(tier.name()) + "|" + en(tier.name()))
                .collect(Collectors.joining(";")));
        values.replaceAll((key, value) -> value == null ? "" : value);
        return values;
    }

    /** The rows of the "standards" sheet after its header, in the edition's order. */
    static List<List<String>> standards(ManualDocument document) {
        Map<Integer, Chapter> chapters = document.chapters().stream()
                .collect(Collectors.toMap(Chapter::number, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (Standard standard : document.standards()) {
            String[] row = empty();
            row[column("number")] = standard.number();
            String[] parts = standard.number().split("\\.");
            Chapter chapter = chapters.get(Integer.parseInt(parts[0]));
            if (chapter != null) {
                row[column("chapter")] = String.valueOf(chapter.number());
                put(row, "chapter_title", chapter.title());
                Section section = chapter.sections().stream()
                        .filter(candidate -> parts.length > 2 && String.valueOf(candidate.number()).equals(parts[1]))
                        .findFirst().orElse(null);
                if (section != null) {
                    row[column("section")] = String.valueOf(section.number());
                    put(row, "section_title", section.title());
                }
            }
            put(row, "title", standard.title());
            put(row, "text", standard.statement());
            put(row, "commentary", standard.commentary());
            put(row, "proof_guidance", standard.proofGuidance());
            row[column("level")] = standard.level() == null ? "" : standard.level().name();
            row[column("levels_by_size_class")] = standard.levelBySizeClass().entrySet().stream()
                    .map(entry -> entry.getKey() + ":" + entry.getValue().name()).sorted()
                    .collect(Collectors.joining(";"));
            row[column("tiers")] = String.join(";", standard.tiers());
            row[column("functions")] = String.join(";", standard.functions());
            if (standard.timeSensitivity() != null) {
                row[column("frequency")] = standard.timeSensitivity().frequency() == null ? ""
                        : standard.timeSensitivity().frequency().name();
                put(row, "proof", standard.timeSensitivity().proof());
            }
            row[column("translation")] = standard.translation() == null ? "" : standard.translation().name();
            rows.add(Arrays.asList(row));
            for (Element element : standard.elements()) {
                String[] elementRow = empty();
                elementRow[column("number")] = standard.number();
                elementRow[column("element")] = element.letter();
                put(elementRow, "text", element.text());
                rows.add(Arrays.asList(elementRow));
            }
        }
        return rows;
    }

    private static void put(String[] row, String prefix, Text text) {
        row[column(prefix + "_es")] = es(text);
        row[column(prefix + "_en")] = en(text);
    }

    private static String[] empty() {
        String[] row = new String[SheetLayout.STANDARD_COLUMNS.size()];
        Arrays.fill(row, "");
        return row;
    }

    private static String es(Text text) {
        return text == null || text.es() == null ? "" : text.es();
    }

    private static String en(Text text) {
        return text == null || text.en() == null ? "" : text.en();
    }
}
