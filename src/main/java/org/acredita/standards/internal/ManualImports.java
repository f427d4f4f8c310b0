package org.acredita.standards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.acredita.access.CurrentScope;
import org.acredita.access.LocatedProblem;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.standards.format.Catalogue;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualSchema;
import org.acredita.standards.format.ManualValidator;
import org.acredita.standards.internal.ManualStore;
import org.acredita.standards.oscal.OscalCatalogReader;
import org.acredita.standards.oscal.OscalMapping;
import org.acredita.standards.sheets.SheetMapping;
import org.acredita.standards.sheets.Spreadsheets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports a manual file as a new draft edition, all or nothing: the whole file is checked first and
 * every problem is reported together; only a file without any is stored, in one transaction. An
 * existing edition is never changed by an import.
 */
@Service
public class ManualImports {

    /** Larger than any real manual in either format, small enough to parse in memory safely. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ManualCodec codec;
    private final ManualSchema schema;
    private final Catalogue catalogue;
    private final ManualStore store;
    private final AuditTrail audit;
    private final OscalCatalogReader oscal;
    private final Spreadsheets sheets;
    private final TransactionTemplate transactions;

    ManualImports(ManualCodec codec, ManualSchema schema, Catalogue catalogue, ManualStore store, AuditTrail audit,
            OscalCatalogReader oscal, Spreadsheets sheets, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.codec = codec;
        this.schema = schema;
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.oscal = oscal;
        this.sheets = sheets;
    }

    /**
     * @param format {@code acredita-json}, {@code acredita-yaml}, {@code oscal-json}, {@code xlsx} or {@code csv};
     *     null or blank to detect it
     * @throws org.acredita.access.RefusedWithProblems with every problem found; nothing is stored then
     */
    public ImportedManual importManual(String fileName, String format, InputStream content) {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        // Read the upload before taking a database connection: a slow client must not hold one.
        byte[] bytes = readLimited(content);
        return transactions.execute(status -> importManual(fileName, format, bytes));
    }

    private ImportedManual importManual(String fileName, String format, byte[] bytes) {
        ManualFormat chosen = format == null || format.isBlank() ? ManualFormat.detect(fileName, bytes)
                : ManualFormat.byId(format).orElseThrow(() -> ManualRefusal.because("/",
                        "standards.import.format.unknown", format.strip()));
        // A spreadsheet is read cell by cell into the same tree; problems then point back to its cells.
        SheetMapping sheet = chosen.spreadsheet() ? sheets.read(bytes, chosen) : null;
        JsonNode tree = sheet != null ? sheet.tree() : codec.read(bytes, chosen);
        if (chosen == ManualFormat.ACREDITA_JSON && (format == null || format.isBlank())
                && OscalCatalogReader.isCatalog(tree)) {
            chosen = ManualFormat.OSCAL_JSON;
        }
        // A catalog is read as a manual document, then checked like any manual; problems point into the catalog.
        UnaryOperator<LocatedProblem> place = sheet != null ? sheet::relocate : UnaryOperator.identity();
        if (chosen == ManualFormat.OSCAL_JSON) {
            OscalMapping mapping = oscal.read(tree);
            tree = codec.tree(mapping.document());
            place = mapping::relocate;
        }
        // A set keeps the order and drops repeats in linear time (a list's contains made 40,000 problems quadratic).
        Set<LocatedProblem> problems = new LinkedHashSet<>(schema.check(tree));
        problems.addAll(ManualValidator.check(tree, catalogue));
        if (!problems.isEmpty()) {
            throw ManualRefusal.of(problems.stream().map(place).distinct().toList());
        }
        ManualDocument document = codec.bind(tree);
        UUID edition;
        try {
            edition = store.insert(document);
        } catch (DuplicateKeyException e) {
            // Another import of the same code and version committed between our check and our insert.
            throw ManualRefusal.because("/version", "standards.import.edition.exists", document.code(),
                    document.version());
        }
        audit.record("MANUAL_IMPORTED", "manual", edition.toString(), null, document.programme() + " · "
                + document.code() + " " + document.version() + " · " + document.standards().size() + " · " + chosen.id());
        return new ImportedManual(edition, document.standards().size());
    }

    private static byte[] readLimited(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ManualRefusal.because("/", "standards.import.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
