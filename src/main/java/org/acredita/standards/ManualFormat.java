package org.acredita.standards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats manuals are imported from and exported to. */
public enum ManualFormat {
    ACREDITA_JSON("acredita-json", "json", "application/json"),
    ACREDITA_YAML("acredita-yaml", "yaml", "application/yaml"),
    /** A NIST OSCAL 1.1.x catalog in JSON; detected among JSON files by its {@code catalog} root. */
    OSCAL_JSON("oscal-json", "oscal.json", "application/json");

    private final String id;
    private final String extension;
    private final String mediaType;

    ManualFormat(String id, String extension, String mediaType) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ManualFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /** From the file name's extension, else from the first character: JSON documents open with a brace. */
    public static ManualFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return ACREDITA_JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return ACREDITA_YAML;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? ACREDITA_JSON : ACREDITA_YAML;
            }
        }
        return ACREDITA_JSON;
    }
}
