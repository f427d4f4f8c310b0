package org.acredita.geo;

import org.acredita.geo.internal.Choropleth;
import org.acredita.geo.internal.MexicoMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped shapes cover exactly INEGI's 32 states, and values fall into the right colour steps. */
class MexicoMapTest {

    @Test
    void shipsOneNonEmptyShapeForEachOfInegisThirtyTwoStates() throws IOException {
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V6__geography.sql"));
        List<String> inegiCodes = Pattern.compile("\\('(\\d{2})', '").matcher(migration).results()
                .map(m -> m.group(1)).toList();
        assertThat(inegiCodes).hasSize(32);

        assertThat(MexicoMap.shapes()).extracting(MexicoMap.Shape::code).containsExactlyElementsOf(inegiCodes);
        assertThat(MexicoMap.shapes()).allSatisfy(shape -> assertThat(shape.path()).matches("m[-0-9.,]+l.*z"));
        assertThat(MexicoMap.viewBox()).isEqualTo("0 0 793 498");
    }

    @Test
    void staysSmallEnoughToShipInEveryPage() throws IOException {
        assertThat(Files.size(Path.of("src/main/resources/geo/mexico-states.json"))).isLessThan(150_000);
    }

    @Test
    void splitsValuesIntoFiveEqualBandsWithGreyForNone() {
        Choropleth map = MexicoMap.choropleth(Map.of("09", 100L, "31", 20L, "19", 21L, "01", 0L), null);

        assertThat(map.regions()).hasSize(32);
        assertThat(step(map, "09")).isEqualTo(5);
        assertThat(step(map, "31")).isEqualTo(1);
        assertThat(step(map, "19")).isEqualTo(2);
        assertThat(step(map, "01")).isZero();
        assertThat(step(map, "32")).isZero();
        assertThat(map.legend()).extracting(b -> b.from() + "-" + b.to())
                .containsExactly("1-20", "21-40", "41-60", "61-80", "81-100");
    }

    @Test
    void aFixedScaleKeepsPercentagesComparableAndSmallMaximaSkipEmptyBands() {
        assertThat(step(MexicoMap.choropleth(Map.of("09", 50L), 100L), "09")).isEqualTo(3);
        assertThat(MexicoMap.choropleth(Map.of("09", 2L), null).legend()).extracting(b -> b.from() + "-" + b.to())
                .containsExactly("1-1", "2-2");
        assertThat(MexicoMap.choropleth(Map.of(), null).legend()).isEmpty();
    }

    @Test
    void everyStateIsDrawnInTheColourTheLegendGivesItsValue() {
        for (long max = 1; max <= 30; max++) {
            for (long value = 1; value <= max; value++) {
                Choropleth map = MexicoMap.choropleth(Map.of("09", max, "31", value), null);
                long shown = value;
                Choropleth.Band band = map.legend().stream().filter(b -> b.from() <= shown && shown <= b.to())
                        .findFirst().orElseThrow();
                assertThat(step(map, "31")).as("value %d of %d", value, max).isEqualTo(band.step());
            }
        }
        Choropleth percentages = MexicoMap.choropleth(Map.of("09", 37L), 100L);
        assertThat(step(percentages, "09")).isEqualTo(percentages.legend().stream()
                .filter(b -> b.from() <= 37 && 37 <= b.to()).findFirst().orElseThrow().step());
    }

    private static int step(Choropleth map, String code) {
        return map.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().step();
    }
}
