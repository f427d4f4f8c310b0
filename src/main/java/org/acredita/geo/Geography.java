package org.acredita.geo;

import java.io.InputStream;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acredita.access.CurrentScope;
import org.acredita.access.LocatedProblem;
import org.acredita.access.NotFoundException;
import org.acredita.access.RefusedWithProblems;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.geo.internal.CatalogueImport;
import org.acredita.geo.internal.CatalogueValidator;
import org.acredita.geo.internal.GeographyRepository;
import org.acredita.geo.internal.InegiCatalogueReader;
import org.acredita.geo.internal.Municipality;
import org.acredita.geo.internal.StateSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mexico's states and municipalities by INEGI code: reading them (any caller; it is public reference
 * data), loading INEGI's catalogue shipped with Acredita at first start, and importing a newer one
 * (administrators).
 */
@Service
public class Geography {

    private static final Locale MEXICAN_SPANISH = Locale.forLanguageTag("es-MX");

    /** The most problems a rejected catalogue lists; people fix the first ones and try again. */
    static final int LISTED = 200;

    private final GeographyRepository repository;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    Geography(GeographyRepository repository, AuditTrail audit, TransactionTemplate transactions) {
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The 32 federal entities in INEGI's order (by code). */
    @Transactional(readOnly = true)
    public List<MexicanState> states() {
        return repository.states();
    }

    @Transactional(readOnly = true)
    public MexicanState state(String code) {
        return repository.state(code).orElseThrow(NotFoundException::new);
    }

    /** How many municipalities the catalogue holds in all (none until INEGI's catalogue is loaded). */
    @Transactional(readOnly = true)
    public int municipalityCount() {
        return repository.municipalityCounts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every state with how many municipalities the catalogue holds for it. */
    @Transactional(readOnly = true)
    public List<StateSummary> stateSummaries() {
        Map<String, Integer> counts = repository.municipalityCounts();
        return repository.states().stream()
                .map(state -> new StateSummary(state, counts.getOrDefault(state.code(), 0))).toList();
    }

    /**
     * A state's municipalities sorted as a Spanish reader expects: accents do not move a name
     * ("Álamo" beside "Alamos"), "ñ" follows "n". The database's byte order would put every accented
     * initial after "Z".
     *
     * @throws NotFoundException when no state has this code
     */
    @Transactional(readOnly = true)
    public List<Municipality> municipalities(String stateCode) {
        state(stateCode);
        List<Municipality> municipalities = new ArrayList<>(repository.municipalities(stateCode));
        // A Collator is not thread-safe, so each call takes its own.
        Collator spanish = Collator.getInstance(MEXICAN_SPANISH);
        municipalities.sort(Comparator.comparing(Municipality::name, spanish).thenComparing(Municipality::code));
        return municipalities;
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        return repository.municipality(code);
    }

    /**
     * Imports INEGI's catalogue of municipalities, all or nothing: every entry is checked first, and a
     * single problem rejects the whole file with every problem found. Codes already held are refreshed,
     * new ones added; none is removed, since other records may point at them.
     *
     * @param inegiJson INEGI's JSON list of municipalities; the caller closes it
     * @throws RefusedWithProblems when the file has problems; nothing was written
     * @throws org.acredita.access.ForbiddenException when the caller is not an administrator
     */
    public CatalogueImport importMunicipalities(InputStream inegiJson) {
        CurrentScope.get().requireRole(Role.ADMIN);
        // Parsed before the transaction: no connection is held while the file is read.
        InegiCatalogueReader.Result read = new InegiCatalogueReader().read(inegiJson);
        return transactions.execute(status -> {
            List<Municipality> municipalities = checked(read);
            repository.lockForImport();
            return written(municipalities, "MUNICIPALITIES_IMPORTED");
        });
    }

    @Transactional(readOnly = true)
    boolean hasMunicipalities() {
        return repository.hasMunicipalities();
    }

    /**
     * Loads the catalogue shipped with Acredita into an empty table, checked as an import is. Nodes
     * starting together queue on the import lock; only the first finds the table empty and writes.
     *
     * @param inegiJson INEGI's JSON list of municipalities; the caller closes it
     * @return what was loaded, or empty when the table already held municipalities
     * @throws RefusedWithProblems when the shipped file has problems; nothing was written
     */
    Optional<CatalogueImport> loadIntoEmptyCatalogue(InputStream inegiJson) {
        InegiCatalogueReader.Result read = new InegiCatalogueReader().read(inegiJson);
        return transactions.execute(status -> {
            List<Municipality> municipalities = checked(read);
            repository.lockForImport();
            if (repository.hasMunicipalities()) {
                return Optional.<CatalogueImport>empty();
            }
            return Optional.of(written(municipalities, "MUNICIPALITIES_LOADED"));
        });
    }

    private List<Municipality> checked(InegiCatalogueReader.Result read) {
        CatalogueValidator.Outcome checked = new CatalogueValidator(repository.stateCodes()).validate(read.entries());
        List<LocatedProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(read.problems());
        problems.sort(Comparator.comparingInt(Geography::entryIndex));
        if (!problems.isEmpty()) {
            throw RefusedWithProblems.listingAtMost(LISTED, "geo.import.rejected", problems);
        }
        return checked.municipalities();
    }

    /** Writes under the import lock, so the counts of added and updated codes stay true. */
    private CatalogueImport written(List<Municipality> municipalities, String auditAction) {
        Set<String> held = repository.municipalityCodes();
        int added = (int) municipalities.stream().filter(m -> !held.contains(m.code())).count();
        repository.upsert(municipalities);
        CatalogueImport result = new CatalogueImport(municipalities.size(), added, municipalities.size() - added);
        audit.record(auditAction, "municipality-catalogue", null, null, "total=" + result.total()
                + " · added=" + result.added() + " · updated=" + result.updated());
        return result;
    }

    /** Problems are listed in file order; those about the whole file (no entry) come last. */
    private static int entryIndex(LocatedProblem problem) {
        String[] segments = problem.location().split("/");
        return segments.length > 1 && segments[1].matches("[0-9]{1,9}") ? Integer.parseInt(segments[1])
                : Integer.MAX_VALUE;
    }
}
