package org.acredita.standards;

import java.util.Map;
import java.util.UUID;
import org.acredita.standards.oscal.OscalCatalogWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the edition's OSCAL catalog export names its controls, so other modules' OSCAL documents (assessment
 * results, plans of action) point at the same control and statement ids as {@code ?format=oscal-json} gives.
 */
@Service
public class OscalControls {

    private final Manuals manuals;
    private final OscalCatalogWriter writer;

    OscalControls(Manuals manuals, OscalCatalogWriter writer) {
        this.manuals = manuals;
        this.writer = writer;
    }

    /** Standard number to control id; a standard's statement is {@code <id>_smt}, its element a {@code <id>_smt.a}. */
    @Transactional(readOnly = true)
    public Map<String, String> ids(UUID editionId) {
        return writer.controlIds(manuals.document(editionId));
    }
}
