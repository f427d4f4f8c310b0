package org.acredita.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.acredita.access.LocatedProblem;
import org.acredita.geo.internal.Municipality;
import org.junit.jupiter.api.Test;

/** The reader and the validator of INEGI's catalogue, without a database: every problem, in its place. */
class GeographyCatalogueValidatorTest {

    private static final Set<String> STATES = IntStream.rangeClosed(1, 32).mapToObj(i -> String.format("%02d", i))
            .collect(Collectors.toSet());

    private final CatalogueValidator validator = new CatalogueValidator(STATES);

    @Test
    void acceptsInegiEntriesKeepingOnlyWhatAcreditaUses() {
        InegiCatalogueReader.Result read = read("""
                [{"cve_entidad": "09", "nom_entidad": "Ciudad de México", "cve_municipio": "015",
                  "nom_municipio": " Cuauhtémoc ", "cve_completa": "09015", "poblacion_total": 545884,
                  "extra": {"nested": [1, 2]}},
                 {"cve_completa": "31050", "nom_municipio": "Mérida", "poblacion_total": null},
                 {"cve_completa": "20001", "nom_municipio": "Abejones", "poblacion_total": 1200.0}]""");
        assertThat(read.problems()).isEmpty();

        CatalogueValidator.Outcome outcome = validator.validate(read.entries());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.municipalities()).containsExactly(
                new Municipality("09015", "09", "Cuauhtémoc", 545884),
                new Municipality("31050", "31", "Mérida", null),
                new Municipality("20001", "20", "Abejones", 1200));
    }

    @Test
    void reportsEveryProblemOfEveryEntryWithItsPointer() {
        List<RawEntry> entries = List.of(
                new RawEntry(0, "01", "01001", "Aguascalientes", 948990L),
                new RawEntry(1, null, "33001", "Inventado", 10L),
                new RawEntry(2, "01", "01001", "   ", -5L),
                new RawEntry(3, "02", "1001", null, "mucha"),
                new RawEntry(4, null, null, 42, new BigInteger("99999999999")),
                new RawEntry(5, "07", "08001", "Ahumada", 12.5));

        CatalogueValidator.Outcome outcome = validator.validate(entries);

        assertThat(outcome.municipalities()).extracting(Municipality::code).containsExactly("01001");
        assertThat(outcome.problems()).extracting(LocatedProblem::location, LocatedProblem::messageKey).containsExactly(
                tuple("/1/cve_completa", "geo.import.code.unknownState"),
                tuple("/2/cve_completa", "geo.import.code.duplicate"),
                tuple("/2/nom_municipio", "geo.import.name.missing"),
                tuple("/2/poblacion_total", "geo.import.population.invalid"),
                tuple("/3/cve_completa", "geo.import.code.invalid"),
                tuple("/3/nom_municipio", "geo.import.name.missing"),
                tuple("/3/poblacion_total", "geo.import.population.invalid"),
                tuple("/4/cve_completa", "geo.import.code.missing"),
                tuple("/4/nom_municipio", "geo.import.name.invalid"),
                tuple("/4/poblacion_total", "geo.import.population.invalid"),
                tuple("/5/cve_entidad", "geo.import.state.mismatch"),
                tuple("/5/poblacion_total", "geo.import.population.invalid"));
        assertThat(outcome.problems().get(0).arguments()).containsExactly("33001", "33");
        assertThat(outcome.problems().get(1).arguments()).containsExactly("01001", "/0/cve_completa");
        assertThat(outcome.problems().get(10).arguments()).containsExactly("07", "08001");
    }

    @Test
    void aCodeWrittenAsANumberLostItsLeadingZeroAndIsRefused() {
        CatalogueValidator.Outcome outcome = validator.validate(read("""
                [{"cve_completa": 9015, "nom_municipio": "Cuauhtémoc"}]""").entries());

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("/0/cve_completa");
            assertThat(problem.messageKey()).isEqualTo("geo.import.code.invalid");
            assertThat(problem.arguments()).containsExactly("9015");
        });
    }

    @Test
    void quotedValuesAreCutSoAHostileFileCannotInflateTheAnswer() {
        CatalogueValidator.Outcome outcome = validator.validate(List.of(new RawEntry(0, null, "x".repeat(5000), "A", null)));

        assertThat(outcome.problems().get(0).arguments().get(0).toString()).hasSizeLessThan(30).endsWith("…");
    }

    @Test
    void aTruncatedFileIsReportedWhereTheParserStoppedAndEarlierEntriesAreStillChecked() {
        InegiCatalogueReader.Result read = read("""
                [{"cve_completa": "01001", "nom_municipio": ""},
                 {"cve_completa": "01002", "nom_municipio": "Asientos", "poblacion_total": 5""");

        assertThat(read.entries()).hasSize(1);
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("geo.import.truncated");
            assertThat(problem.location()).isEqualTo("/1/poblacion_total");
            assertThat(problem.arguments()).containsExactly(2);
        });
        assertThat(validator.validate(read.entries()).problems()).extracting(LocatedProblem::location)
                .containsExactly("/0/nom_municipio");
    }

    @Test
    void aFileCutAfterACommaIsTruncatedToo() {
        InegiCatalogueReader.Result read = read("[{\"cve_completa\": \"01001\",");

        assertThat(read.problems()).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/0/cve_completa", "geo.import.truncated"));
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        InegiCatalogueReader.Result read = read("[\n{\"cve_completa\": \"01001\",, }]");

        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("geo.import.syntax");
            assertThat(problem.location()).isEqualTo("/0/cve_completa");
            assertThat(problem.arguments()).containsExactly(2, 26);
        });
    }

    @Test
    void theShapeOfTheFileIsChecked() {
        assertThat(keys(read(""))).containsExactly("geo.import.empty");
        assertThat(keys(read("   "))).containsExactly("geo.import.empty");
        assertThat(keys(read("{\"datos\": []}"))).containsExactly("geo.import.notArray");
        assertThat(keys(read("[]"))).containsExactly("geo.import.noEntries");
        assertThat(keys(read("[{\"cve_completa\": \"01001\"}] []"))).containsExactly("geo.import.trailing");
        InegiCatalogueReader.Result mixed = read("[{\"cve_completa\": \"01001\"}, \"01002\", [1], {\"cve_completa\": \"01003\"}]");
        assertThat(mixed.problems()).extracting(LocatedProblem::location).containsExactly("/1", "/2");
        assertThat(mixed.entries()).extracting(RawEntry::index).containsExactly(0, 3);
    }

    @Test
    void aListFarLongerThanInegisIsRefusedWithoutReadingItAll() {
        String entry = "{\"cve_completa\": \"01001\", \"nom_municipio\": \"A\"}";
        String json = "[" + String.join(",", java.util.Collections.nCopies(InegiCatalogueReader.MAX_ENTRIES + 5, entry)) + "]";

        InegiCatalogueReader.Result read = read(json);

        assertThat(read.entries()).hasSize(InegiCatalogueReader.MAX_ENTRIES);
        assertThat(read.problems()).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/" + InegiCatalogueReader.MAX_ENTRIES, "geo.import.tooManyEntries"));
    }

    @Test
    void theReaderLeavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new InegiCatalogueReader().read(in);
        assertThat(closed[0]).isFalse();
    }

    private static List<String> keys(InegiCatalogueReader.Result result) {
        return result.problems().stream().map(LocatedProblem::messageKey).toList();
    }

    private static InegiCatalogueReader.Result read(String json) {
        return new InegiCatalogueReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
