package org.acredita.portability.internal;

import java.util.Map;
import java.util.UUID;

/**
 * An accreditation file ready to be streamed as a ZIP: its manifest (the data, already read) and the stored
 * files to copy after it, each distinct content once.
 *
 * @param fileName the suggested name of the download
 * @param index what the human index pages show, written after the manifest
 * @param contents SHA-256 to the stored file holding those bytes, in the order they are written
 */
public record ExportedFile(UUID fileId, String fileName, byte[] manifest, ReadableIndex index,
        Map<String, UUID> contents) {
}
