package org.acredita.readiness.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The instrument every programme starts with, read from {@code readiness/default-instrument.json}. */
public final class DefaultInstrument {

    /** One area of the file with its questions. */
    public record AreaEntry(String nameEs, String nameEn, int weight, List<QuestionEntry> questions) {
    }

    /** One question of the file. */
    public record QuestionEntry(String textEs, String textEn, String guidanceEs, String guidanceEn, int weight,
            List<String> standards) {
    }

    record File(List<AreaEntry> areas) {
    }

    private DefaultInstrument() {
    }

    public static List<AreaEntry> areas() {
        try (InputStream in = DefaultInstrument.class.getResourceAsStream("/readiness/default-instrument.json")) {
            if (in == null) {
                throw new IllegalStateException("readiness/default-instrument.json is missing");
            }
            JsonMapper mapper = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return mapper.readValue(in, File.class).areas();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
