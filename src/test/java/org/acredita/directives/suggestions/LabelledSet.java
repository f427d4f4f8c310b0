package org.acredita.directives.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.ManualFormat;

/** The labelled sections of the demo directives and the illustrative manual they are measured against. */
final class LabelledSet {

    /** A demo section and the standards it covers. */
    record Row(String directiveCode, String directiveTitle, String number, String heading, String excerpt,
            Set<String> standards) {

        ManualIndex.SectionText text() {
            return MappingSuggestions.text(directiveTitle, heading, excerpt);
        }
    }

    /** Precision at 1 and 3 (a correct standard among the first k), strict precision at 3, recall at 5. */
    record Figures(int sections, double precisionAt1, double precisionAt3, double strictPrecisionAt3,
            double recallAt5) {

        @Override
        public String toString() {
            return String.format("sections %d · P@1 %.2f · P@3 %.2f · strict P@3 %.2f · R@5 %.2f", sections,
                    precisionAt1, precisionAt3, strictPrecisionAt3, recallAt5);
        }
    }

    private LabelledSet() {
    }

    static ManualDocument manual() {
        ManualCodec codec = new ManualCodec();
        return codec.bind(codec.read(resource("/standards/manuals/law-enforcement.yaml"), ManualFormat.ACREDITA_YAML));
    }

    static List<Row> rows() {
        return new String(resource("/directives/labelled-sections.tsv"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t", -1))
                .map(cells -> new Row(cells[0], cells[1], cells[2], cells[3], cells[4].isEmpty() ? null : cells[4],
                        Set.of(cells[5].split(" ")))).toList();
    }

    /** The figures of a ranking (the numbers it puts first, best first, for a row). */
    static Figures measure(List<Row> rows, java.util.function.Function<Row, List<String>> ranking) {
        double at1 = 0;
        double at3 = 0;
        double strict3 = 0;
        double recall5 = 0;
        for (Row row : rows) {
            List<String> ranked = ranking.apply(row);
            List<String> top3 = ranked.subList(0, Math.min(3, ranked.size()));
            List<String> top5 = ranked.subList(0, Math.min(5, ranked.size()));
            at1 += !ranked.isEmpty() && row.standards().contains(ranked.get(0)) ? 1 : 0;
            at3 += top3.stream().anyMatch(row.standards()::contains) ? 1 : 0;
            strict3 += top3.stream().filter(row.standards()::contains).count() / 3.0;
            recall5 += top5.stream().filter(row.standards()::contains).count() / (double) row.standards().size();
        }
        int n = rows.size();
        return new Figures(n, at1 / n, at3 / n, strict3 / n, recall5 / n);
    }

    private static byte[] resource(String path) {
        try (InputStream in = LabelledSet.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
