package org.acredita.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.acredita.readiness.internal.DefaultInstrument;
import org.acredita.standards.demo.IllustrativeManuals;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The default readiness instrument serves every kind of agency of a funded programme, so a standard it cites must be
 * one every shipped manual has (today it cites none: the manuals number their standards differently).
 */
class DefaultInstrumentCitesShippedStandardsTest {

    @Test
    void everyStandardTheDefaultInstrumentCitesIsInEveryShippedManual() throws IOException {
        Set<String> cited = new HashSet<>();
        DefaultInstrument.areas().forEach(area -> area.questions().forEach(q -> cited.addAll(q.standards())));
        for (String manual : IllustrativeManuals.RESOURCES) {
            assertThat(numbers(manual)).as(manual).isNotEmpty().containsAll(cited);
        }
    }

    /** The standards and chapters a shipped manual numbers (a question may point at a whole chapter). */
    static Set<String> numbers(String resource) throws IOException {
        try (InputStream in = DefaultInstrumentCitesShippedStandardsTest.class.getResourceAsStream("/" + resource)) {
            JsonNode manual = YAMLMapper.builder().build().readTree(in);
            Set<String> numbers = new HashSet<>();
            manual.get("chapters").forEach(chapter -> numbers.add(chapter.get("number").asString()));
            manual.get("standards").forEach(standard -> numbers.add(standard.get("number").asString()));
            return numbers;
        }
    }
}
