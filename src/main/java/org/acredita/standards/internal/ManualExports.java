package org.acredita.standards.internal;

import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import java.util.UUID;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.ManualStore;
import org.acredita.standards.oscal.OscalCatalogWriter;
import org.acredita.standards.sheets.Spreadsheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes an edition back out in the exchange format; importing the file again gives the same edition. */
@Service
public class ManualExports {

    /** An exported file: its name, media type and content. */
    public record ManualFile(String fileName, String mediaType, byte[] content) {
    }

    private final Manuals manuals;
    private final ManualStore store;
    private final ManualCodec codec;
    private final OscalCatalogWriter oscal;
    private final Spreadsheets sheets;

    ManualExports(Manuals manuals, ManualStore store, ManualCodec codec, OscalCatalogWriter oscal,
            Spreadsheets sheets) {
        this.manuals = manuals;
        this.store = store;
        this.codec = codec;
        this.oscal = oscal;
        this.sheets = sheets;
    }

    /** Whoever may see the edition may export it (drafts only those who manage manuals). */
    @Transactional(readOnly = true)
    public ManualFile export(UUID editionId, ManualFormat format) {
        ManualEdition edition = manuals.edition(editionId);
        ManualDocument document = store.load(edition.id());
        byte[] content = format == ManualFormat.OSCAL_JSON ? oscal.write(document)
                : format.spreadsheet() ? sheets.write(document, format) : codec.write(document, format);
        String name = (edition.code() + "-" + edition.version()).replaceAll("[^A-Za-z0-9._-]", "_");
        return new ManualFile(name + "." + format.extension(), format.mediaType(), content);
    }
}
