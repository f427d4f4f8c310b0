package org.acredita.portability.internal;

import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code manifest.json}: ISO dates and times. A field the format does not have is refused, and so
 * is any text longer than the longest the format holds (notes and comments are at most 10,000 characters), so an
 * archive cannot smuggle megabytes past the import in a field nobody reads.
 */
public final class ManifestCodec {

    /** The longest text a manifest may hold, far above any field's own limit. */
    static final int MAX_TEXT = 100_000;
    static final int MAX_DEPTH = 32;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT)
                            .maxNameLength(200).maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestCodec() {
    }

    public static byte[] write(Manifest manifest) {
        return JSON.writeValueAsBytes(manifest);
    }

    /**
     * @return null when the bytes are JSON {@code null}
     * @throws Unreadable when the bytes are not a manifest, with where the parser stopped
     */
    public static Manifest read(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            try {
                return JSON.readValue(parser, Manifest.class);
            } catch (JacksonException e) {
                // The parser knows the place; a limit's exception, or a field buffered for a record, does not.
                throw new Unreadable(parser.streamReadContext().pathAsPointer().toString(), e);
            }
        }
    }

    /** A manifest that could not be read, and where (a JSON pointer into it; empty for its top). */
    public static final class Unreadable extends RuntimeException {

        private final String pointer;

        Unreadable(String pointer, JacksonException cause) {
            super(cause.getOriginalMessage(), cause);
            this.pointer = pointer;
        }

        public String pointer() {
            return pointer;
        }

        public JacksonException reason() {
            return (JacksonException) getCause();
        }
    }
}
