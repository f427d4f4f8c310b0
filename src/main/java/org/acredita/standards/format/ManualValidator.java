package org.acredita.standards.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.acredita.access.LocatedProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.JsonNode;

/**
 * The semantic half of validation: what a schema cannot say (duplicates, references between parts of
 * the document and to stored editions, lettering, required translations). It walks the raw tree and
 * tolerates what the schema already refuses, so one pass reports every problem of the file.
 */
public final class ManualValidator {

    /** The most standards one edition may hold; the largest real manuals have about 500. */
    public static final int MAX_STANDARDS = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,3}(\\.[1-9][0-9]{0,3}){1,3}");
    private static final List<String> LANGUAGES = List.of("es", "en");

    private final Catalogue catalogue;
    private final List<LocatedProblem> problems = new ArrayList<>();
    private final Set<String> requiredLanguages = new LinkedHashSet<>();
    // A large manual names the same few functions thousands of times: ask the catalogue once per code.
    private final Map<String, Boolean> functions = new HashMap<>();

    private ManualValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static List<LocatedProblem> check(JsonNode document, Catalogue catalogue) {
        ManualValidator validator = new ManualValidator(catalogue);
        validator.document(document);
        return List.copyOf(validator.problems);
    }

    private void document(JsonNode root) {
        if (!root.isObject()) {
            return;
        }
        languages(root);
        String programme = string(root.path("programme"));
        if (programme != null && !catalogue.programmeExists(programme)) {
            problem("/programme", "standards.import.programme.unknown", programme);
        }
        String code = string(root.path("code"));
        String version = string(root.path("version"));
        if (code != null && version != null && catalogue.editionExists(code, version)) {
            problem("/version", "standards.import.edition.exists", code, version);
        }
        dates(root);
        text(root.path("title"), "/title");
        Set<String> sizeClasses = codes(root.path("sizeClasses"), "/sizeClasses", "standards.import.sizeClass.duplicate");
        sizeClassRanges(root.path("sizeClasses"));
        Set<String> tiers = codes(root.path("tiers"), "/tiers", "standards.import.tier.duplicate");
        each(root.path("tiers"), "/tiers", (tier, at) -> text(tier.path("name"), at + "/name"));
        Map<Integer, Set<Integer>> chapters = chapters(root.path("chapters"));
        Set<String> numbers = standards(root.path("standards"), chapters, sizeClasses, tiers);
        crosswalk(root.path("crosswalk"), numbers, code + " " + version);
    }

    /** Every text needs the authoritative language, and each language the document declares required. */
    private void languages(JsonNode root) {
        String authoritative = string(root.path("authoritativeLanguage"));
        // List.of rejects null in contains(); a file without the field is reported by the schema, not a crash.
        if (authoritative != null && LANGUAGES.contains(authoritative)) {
            requiredLanguages.add(authoritative);
        }
        each(root.path("requiredLanguages"), "/requiredLanguages", (language, at) -> {
            if (string(language) != null && LANGUAGES.contains(string(language))) {
                requiredLanguages.add(string(language));
            }
        });
    }

    private void dates(JsonNode root) {
        LocalDate effective = date(root.path("effectiveDate"), "/effectiveDate");
        LocalDate transition = date(root.path("transitionDate"), "/transitionDate");
        if (effective != null && transition != null && transition.isBefore(effective)) {
            problem("/transitionDate", "standards.import.transition.beforeEffective", transition, effective);
        }
    }

    private LocalDate date(JsonNode node, String at) {
        String value = string(node);
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null; // absent or refused by the schema already
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(at, "standards.import.date.invalid", value);
            return null;
        }
    }

    private Set<String> codes(JsonNode list, String at, String duplicateKey) {
        Set<String> codes = new HashSet<>();
        each(list, at, (item, here) -> {
            String code = string(item.path("code"));
            if (code != null && !codes.add(code)) {
                problem(here + "/code", duplicateKey, code);
            }
        });
        return codes;
    }

    /**
     * Each size class is a range of personnel (no maximum: "or more"); an agency must fall in one class at
     * most, so ranges may not overlap. Numbers beyond a whole number are the schema's to refuse.
     */
    private void sizeClassRanges(JsonNode list) {
        List<SizeRange> ranges = new ArrayList<>();
        each(list, "/sizeClasses", (sizeClass, at) -> {
            JsonNode min = sizeClass.path("minPersonnel");
            JsonNode max = sizeClass.path("maxPersonnel");
            if (!wholeNumber(min) || !(max.isMissingNode() || wholeNumber(max))) {
                return;
            }
            SizeRange range = new SizeRange(string(sizeClass.path("code")), min.intValue(),
                    max.isMissingNode() ? null : max.intValue());
            if (range.max() != null && range.max() < range.min()) {
                problem(at + "/maxPersonnel", "standards.import.sizeClass.range", range.min(), range.max());
                return;
            }
            ranges.stream().filter(range::overlaps).findFirst().ifPresent(earlier -> problem(at + "/minPersonnel",
                    "standards.import.sizeClass.overlap", range.code(), range.shown(), earlier.code(),
                    earlier.shown()));
            ranges.add(range);
        });
    }

    /** A size class's range of personnel; a null maximum means "or more". */
    private record SizeRange(String code, int min, Integer max) {

        boolean overlaps(SizeRange other) {
            return (other.max == null || min <= other.max) && (max == null || other.min <= max);
        }

        Object shown() {
            return max == null ? new DefaultMessageSourceResolvable(new String[] {"standards.import.sizeClass.orMore"},
                    new Object[] {String.valueOf(min)}) : min + "–" + max;
        }
    }

    /** An integer node that fits an int; a larger one is refused by the schema, not read here. */
    private static boolean wholeNumber(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt();
    }

    /** Chapter numbers with their section numbers. */
    private Map<Integer, Set<Integer>> chapters(JsonNode list) {
        Map<Integer, Set<Integer>> chapters = new HashMap<>();
        each(list, "/chapters", (chapter, at) -> {
            text(chapter.path("title"), at + "/title");
            Set<Integer> sections = new HashSet<>();
            each(chapter.path("sections"), at + "/sections", (section, here) -> {
                text(section.path("title"), here + "/title");
                if (wholeNumber(section.path("number")) && !sections.add(section.path("number").intValue())) {
                    problem(here + "/number", "standards.import.section.duplicate", section.path("number").intValue());
                }
            });
            if (wholeNumber(chapter.path("number"))) {
                int number = chapter.path("number").intValue();
                if (chapters.containsKey(number)) {
                    problem(at + "/number", "standards.import.chapter.duplicate", number);
                } else {
                    chapters.put(number, sections);
                }
            }
        });
        return chapters;
    }

    private Set<String> standards(JsonNode list, Map<Integer, Set<Integer>> chapters, Set<String> sizeClasses,
            Set<String> tiers) {
        Set<String> numbers = new HashSet<>();
        if (list.isArray() && list.size() > MAX_STANDARDS) {
            problem("/standards", "standards.import.tooManyStandards", list.size(), MAX_STANDARDS);
            return null; // not read further: references to its standards cannot be checked either
        }
        each(list, "/standards", (standard, at) -> {
            String number = string(standard.path("number"));
            if (number != null && NUMBER.matcher(number).matches()) {
                if (!numbers.add(number)) {
                    problem(at + "/number", "standards.import.standard.duplicate", number);
                }
                placement(number, chapters, at + "/number");
            }
            for (String field : List.of("title", "statement", "commentary", "proofGuidance")) {
                text(standard.path(field), at + "/" + field);
            }
            text(standard.path("timeSensitivity").path("proof"), at + "/timeSensitivity/proof");
            JsonNode levels = standard.path("levelBySizeClass");
            if (levels.isObject()) {
                for (String sizeClass : levels.propertyNames()) {
                    if (!sizeClasses.contains(sizeClass)) {
                        problem(at + "/levelBySizeClass/" + escape(sizeClass), "standards.import.sizeClass.unknown",
                                sizeClass);
                    }
                }
            }
            each(standard.path("tiers"), at + "/tiers", (tier, here) -> {
                if (string(tier) != null && !tiers.contains(string(tier))) {
                    problem(here, "standards.import.tier.unknown", string(tier));
                }
            });
            each(standard.path("functions"), at + "/functions", (function, here) -> {
                if (string(function) != null && !functions.computeIfAbsent(string(function), catalogue::functionExists)) {
                    problem(here, "standards.import.function.unknown", string(function));
                }
            });
            elements(standard.path("elements"), at + "/elements");
        });
        return numbers;
    }

    /** The number's first part names its chapter; the second its section when the chapter has sections. */
    private void placement(String number, Map<Integer, Set<Integer>> chapters, String at) {
        String[] parts = number.split("\\.");
        int chapter = Integer.parseInt(parts[0]);
        Set<Integer> sections = chapters.get(chapter);
        if (sections == null) {
            problem(at, "standards.import.chapter.unknown", chapter, number);
        } else if (!sections.isEmpty() && parts.length > 2 && !sections.contains(Integer.parseInt(parts[1]))) {
            problem(at, "standards.import.section.unknown", chapter + "." + parts[1], number);
        }
    }

    /** Elements are lettered a, b, c... in order, so a reference like 4.2.1 c means the same to everyone. */
    private void elements(JsonNode list, String at) {
        each(list, at, (element, here) -> {
            text(element.path("text"), here + "/text");
            String letter = string(element.path("letter"));
            int index = Integer.parseInt(here.substring(here.lastIndexOf('/') + 1));
            String expected = index < 26 ? String.valueOf((char) ('a' + index)) : null;
            if (letter != null && expected != null && !expected.equals(letter)) {
                problem(here + "/letter", "standards.import.element.letter", letter, expected);
            }
        });
    }

    /** @param numbers this file's standard numbers, null when the file has too many to read */
    private void crosswalk(JsonNode crosswalk, Set<String> numbers, String thisEdition) {
        if (!crosswalk.isObject()) {
            return;
        }
        String code = string(crosswalk.path("fromEdition").path("code"));
        String version = string(crosswalk.path("fromEdition").path("version"));
        Optional<Set<String>> earlier = code == null || version == null ? Optional.empty()
                : catalogue.standardNumbers(code, version);
        if (code != null && version != null && earlier.isEmpty()) {
            problem("/crosswalk/fromEdition", "standards.import.crosswalk.edition.unknown", code, version);
        }
        each(crosswalk.path("entries"), "/crosswalk/entries", (entry, at) -> {
            String relationship = string(entry.path("relationship"));
            String from = string(entry.path("from"));
            String to = string(entry.path("to"));
            boolean isNew = "NEW".equals(relationship);
            boolean removed = "REMOVED".equals(relationship);
            if (from == null && !isNew && relationship != null) {
                problem(at + "/from", "standards.import.crosswalk.from.required", relationship);
            }
            if (from != null && isNew) {
                problem(at + "/from", "standards.import.crosswalk.from.forbidden");
            }
            if (to == null && !removed && relationship != null) {
                problem(at + "/to", "standards.import.crosswalk.to.required", relationship);
            }
            if (to != null && removed) {
                problem(at + "/to", "standards.import.crosswalk.to.forbidden");
            }
            if (from != null && earlier.isPresent() && !earlier.get().contains(from)) {
                problem(at + "/from", "standards.import.crosswalk.standard.unknown", from, code + " " + version);
            }
            if (to != null && numbers != null && !numbers.contains(to)) {
                problem(at + "/to", "standards.import.crosswalk.standard.unknown", to, thisEdition);
            }
        });
    }

    private void text(JsonNode text, String at) {
        if (!text.isObject()) {
            return;
        }
        for (String language : requiredLanguages) {
            String value = string(text.path(language));
            if (value == null || value.isBlank()) {
                problem(at + "/" + language, "standards.import.translation.missing", language);
            }
        }
    }

    private interface Visitor {
        void visit(JsonNode item, String at);
    }

    private static void each(JsonNode list, String at, Visitor visitor) {
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    visitor.visit(list.get(i), at + "/" + i);
                }
            }
        }
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private void problem(String at, String key, Object... arguments) {
        problems.add(LocatedProblem.at(at, key, arguments));
    }
}
