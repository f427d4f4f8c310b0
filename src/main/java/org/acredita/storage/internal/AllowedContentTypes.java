package org.acredita.storage.internal;

import java.util.Set;

/**
 * The types accepted as uploads, judged from the sniffed bytes: documents, spreadsheets, images and
 * plain text. Executables, HTML and scripts are refused so a download can never run in a browser.
 */
public final class AllowedContentTypes {

    public static final Set<String> DOCUMENTS = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/tiff", "text/plain", "text/csv", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/zip", "audio/mpeg", "video/mp4");

    private AllowedContentTypes() {
    }

    /**
     * Keeps the uploader's name unless it claims to be something a desktop would run or render
     * differently: plain text named "report.html" downloads as "report.html.txt".
     */
    public static String nameMatchingType(String name, String contentType) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean textual = contentType.equals("text/plain") || contentType.equals("text/csv");
        boolean textName = lower.endsWith(".txt") || lower.endsWith(".csv") || lower.endsWith(".tsv")
                || lower.endsWith(".md") || lower.endsWith(".log");
        if (textual && !textName) {
            return name + (contentType.equals("text/csv") ? ".csv" : ".txt");
        }
        return name;
    }
}
