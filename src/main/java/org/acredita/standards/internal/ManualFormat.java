package org.acredita.standards.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats manuals are imported from and exported to. */
public enum ManualFormat {
    ACREDITA_JSON("acredita-json", "json", "application/json"),
    ACREDITA_YAML("acredita-yaml", "yaml", "application/yaml"),
    /** A NIST OSCAL 1.1.x catalog in JSON; detected among JSON files by its {@code catalog} root. */
    OSCAL_JSON("oscal-json", "oscal.json", "application/json"),
    /** A workbook with the sheets "manual" and "standards" ({@code docs/standards-spreadsheet.md}). */
    XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** The "standards" sheet alone, the edition's metadata in leading {@code #key=value} lines. */
    CSV("csv", "csv", "text/csv");

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

    /** Read and written cell by cell by the {@code sheets} package rather than as a JSON tree. */
    public boolean spreadsheet() {
        return this == XLSX || this == CSV;
    }

    public static Optional<ManualFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * From the file name's extension, else from the content: a ZIP archive can only be a workbook, and
     * JSON documents open with a brace.
     */
    public static ManualFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && content[2] == 3 && content[3] == 4) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
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
