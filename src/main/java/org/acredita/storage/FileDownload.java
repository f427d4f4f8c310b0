package org.acredita.storage;

import java.io.InputStream;

/** An authorised download: the file's description and its bytes, streamed (the caller closes it). */
public record FileDownload(StoredFile file, InputStream content) {
}
