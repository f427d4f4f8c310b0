package org.acredita.portability.internal;

import java.util.List;
import java.util.UUID;

/** The file an import created, how much it brought, and what it could not keep as it was. */
public record ImportedFile(UUID fileId, UUID agencyId, int standards, int proofs, int documents,
        List<ImportNote> notes) {

    public ImportedFile {
        notes = List.copyOf(notes);
    }
}
