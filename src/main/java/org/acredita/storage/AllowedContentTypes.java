package org.acredita.storage;

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
}
