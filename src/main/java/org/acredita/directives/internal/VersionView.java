package org.acredita.directives.internal;

import java.util.List;
import org.acredita.storage.StoredFile;

/** A version with its sections (each with its mappings) and its document files. */
public record VersionView(DirectiveVersion version, List<Section> sections, List<StoredFile> documents) {
}
