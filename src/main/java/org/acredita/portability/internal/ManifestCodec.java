package org.acredita.portability.internal;

import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code manifest.json}: ISO dates and times, unknown fields ignored (later minor versions). */
public final class ManifestCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestCodec() {
    }

    public static byte[] write(Manifest manifest) {
        return JSON.writeValueAsBytes(manifest);
    }

    /** @throws JacksonException when the bytes are not a manifest */
    public static Manifest read(InputStream in) {
        return JSON.readValue(in, Manifest.class);
    }
}
