package org.acredita.distribution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.acredita.access.CurrentScope;
import org.acredita.access.LocatedProblem;
import org.acredita.access.NotFoundException;
import org.acredita.access.RefusedWithProblems;
import org.acredita.audit.AuditTrail;
import org.acredita.directives.VersionText;
import org.acredita.directives.VersionTexts;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.PersonalDataAccess;
import org.acredita.personnel.RosterList;
import org.acredita.personnel.Rosters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating distributions and reading their progress. A distribution is checked whole before anything is written:
 * every version must be the agency's and approved (or in effect), the choice must reach someone active, the due
 * date must not be past; every problem is named at once (422).
 */
@Service
public class Distributions {

    public static final String REFUSED = "distribution.refused";
    /** Personal links keep working this long after the due date, for late acknowledgements. */
    static final int LINK_GRACE_DAYS = 60;

    private final PersonalDataAccess access;
    private final DistributionRepository repository;
    private final Rosters rosters;
    private final VersionTexts texts;
    private final AuditTrail audit;
    private final Clock clock;

    Distributions(PersonalDataAccess access, DistributionRepository repository, Rosters rosters, VersionTexts texts,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.rosters = rosters;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Distribution create(UUID agencyId, NewDistribution request) {
        UUID agency = access.writable(agencyId).id();
        List<LocatedProblem> problems = new ArrayList<>();
        List<VersionText> versions = versions(agency, request, problems);
        if (request.dueOn() == null) {
            problems.add(LocatedProblem.at("dueOn", "distribution.due.missing"));
        } else if (request.dueOn().isBefore(today())) {
            problems.add(LocatedProblem.at("dueOn", "distribution.due.past", request.dueOn().toString()));
        }
        List<Person> chosen = chosen(agency, request, problems);
        String title = request.title() == null || request.title().isBlank() ? defaultTitle(versions)
                : request.title().strip();
        if (title.length() > 200) {
            problems.add(LocatedProblem.at("title", "distribution.title.tooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new RefusedWithProblems(REFUSED, problems);
        }
        UUID id = UUID.randomUUID();
        String choice = describe(agency, request);
        repository.insert(id, agency, title, request.dueOn(), request.dueOn().plusDays(LINK_GRACE_DAYS), choice,
                CurrentScope.get().userId());
        for (int i = 0; i < versions.size(); i++) {
            VersionText v = versions.get(i);
            repository.insertDocument(id, agency, i, new SentDocument(v.versionId(), v.code(), v.title(), v.label(),
                    v.sha256()));
        }
        repository.insertRecipients(id, agency, chosen);
        audit.record("DISTRIBUTION_CREATED", "distribution", id.toString(), agency, String.format(
                "Distribución «%s» de %s a %d personas, vence %s (%s) / Distribution to %d people", title,
                versions.stream().map(v -> v.code() + " " + v.label()).toList(), chosen.size(), request.dueOn(),
                choice, chosen.size()));
        // Everyone chosen is pending, and the due date is not past: the counts are known without counting.
        Distribution header = repository.header(agency, id).orElseThrow();
        return new Distribution(id, agency, header.title(), header.dueOn(), header.chosen(), header.createdAt(),
                new Counts(null, chosen.size(), 0, 0));
    }

    @Transactional(readOnly = true)
    public List<Distribution> list(UUID agencyId) {
        return repository.list(access.readable(agencyId).id(), today());
    }

    /** A distribution with its documents and its progress by unit. */
    @Transactional(readOnly = true)
    public Progress progress(UUID agencyId, UUID distributionId) {
        UUID agency = access.readable(agencyId).id();
        Distribution header = repository.header(agency, distributionId).orElseThrow(NotFoundException::new);
        List<Counts> units = repository.byUnit(distributionId, header.dueOn(), today());
        return new Progress(DistributionRepository.withCounts(header, units), repository.documents(distributionId),
                units);
    }

    /** Who has not acknowledged yet, in unit and name order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Recipient> pending(UUID agencyId, UUID distributionId, int limit) {
        UUID agency = access.readable(agencyId).id();
        repository.header(agency, distributionId).orElseThrow(NotFoundException::new);
        return repository.recipients(distributionId, null, true, limit);
    }

    /** Every recipient, handed one at a time in unit and name order (for the export). */
    @Transactional(readOnly = true)
    public Distribution eachRecipient(UUID agencyId, UUID distributionId, Consumer<Recipient> each) {
        UUID agency = access.readable(agencyId).id();
        Distribution distribution = repository.one(agency, distributionId, today()).orElseThrow(NotFoundException::new);
        repository.eachRecipient(distributionId, each);
        return distribution;
    }

    public boolean mayRead(UUID agencyId) {
        return access.mayRead(agencyId);
    }

    public boolean mayCreate(UUID agencyId) {
        return access.mayWrite(agencyId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<VersionText> versions(UUID agency, NewDistribution request, List<LocatedProblem> problems) {
        if (request.versionIds().isEmpty()) {
            problems.add(LocatedProblem.at("versionIds", "distribution.versions.none"));
            return List.of();
        }
        Map<UUID, VersionText> found = texts.of(agency, request.versionIds());
        List<VersionText> versions = new ArrayList<>();
        for (UUID id : request.versionIds()) {
            VersionText v = found.get(id);
            if (v == null) {
                problems.add(LocatedProblem.at("versionIds", "distribution.version.unknown", id.toString()));
            } else if (!v.approved()) {
                problems.add(LocatedProblem.at("versionIds", "distribution.version.notApproved", v.code(), v.label()));
            } else if (v.superseded()) {
                problems.add(LocatedProblem.at("versionIds", "distribution.version.superseded", v.code(), v.label()));
            } else {
                versions.add(v);
            }
        }
        return versions;
    }

    /** The active people in any chosen unit, rank or position, and the named ones (unless separated). */
    private List<Person> chosen(UUID agency, NewDistribution request, List<LocatedProblem> problems) {
        if (request.choosesNobody()) {
            problems.add(LocatedProblem.at("selection", "distribution.selection.empty"));
            return List.of();
        }
        Set<UUID> units = new HashSet<>(request.unitIds());
        Set<UUID> ranks = new HashSet<>(request.rankIds());
        Set<String> positions = new HashSet<>(request.positions().stream().map(String::toLowerCase).toList());
        Set<UUID> named = new HashSet<>(request.personIds());
        Set<String> numbers = new HashSet<>(request.employeeNumbers());
        Set<UUID> knownUnits = new HashSet<>(rosters.units(agency).stream().map(RosterList::id).toList());
        Set<UUID> knownRanks = new HashSet<>(rosters.ranks(agency).stream().map(RosterList::id).toList());
        units.stream().filter(id -> !knownUnits.contains(id)).forEach(id -> problems.add(
                LocatedProblem.at("unitIds", "distribution.unit.unknown", id.toString())));
        ranks.stream().filter(id -> !knownRanks.contains(id)).forEach(id -> problems.add(
                LocatedProblem.at("rankIds", "distribution.rank.unknown", id.toString())));
        Map<UUID, Person> chosen = new LinkedHashMap<>();
        Set<String> numbersFound = new HashSet<>();
        Set<UUID> namedFound = new HashSet<>();
        for (Person p : rosters.people(agency, null, null, null)) {
            boolean byName = named.contains(p.id()) || numbers.contains(p.employeeNumber());
            if (byName) {
                namedFound.add(p.id());
                numbersFound.add(p.employeeNumber());
            }
            boolean byGroup = p.status() == PersonStatus.ACTIVE && (units.contains(p.unitId())
                    || ranks.contains(p.rankId())
                    || p.position() != null && positions.contains(p.position().strip().toLowerCase()));
            if (byGroup || byName && p.status() != PersonStatus.SEPARATED) {
                chosen.put(p.id(), p);
            }
        }
        named.stream().filter(id -> !namedFound.contains(id)).forEach(id -> problems.add(
                LocatedProblem.at("personIds", "distribution.person.unknown", id.toString())));
        numbers.stream().filter(n -> !numbersFound.contains(n)).sorted().forEach(n -> problems.add(
                LocatedProblem.at("employeeNumbers", "distribution.person.unknownNumber", n)));
        if (chosen.isEmpty()) {
            problems.add(LocatedProblem.at("selection", "distribution.selection.nobody"));
        }
        return List.copyOf(chosen.values());
    }

    private static String defaultTitle(List<VersionText> versions) {
        String title = String.join(" · ", versions.stream().map(v -> v.code() + " " + v.title()).toList());
        return title.isEmpty() ? "-" : title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }

    /** Who was chosen, in words kept with the distribution: unit, rank and position names, how many named. */
    private String describe(UUID agency, NewDistribution r) {
        List<String> parts = new ArrayList<>();
        names(rosters.units(agency), r.unitIds()).ifPresent(names -> parts.add("unidades / units: " + names));
        names(rosters.ranks(agency), r.rankIds()).ifPresent(names -> parts.add("grados / ranks: " + names));
        if (!r.positions().isEmpty()) {
            parts.add("puestos / positions: " + String.join(", ", r.positions()));
        }
        int named = r.personIds().size() + r.employeeNumbers().size();
        if (named > 0) {
            parts.add("por nombre / by name: " + named);
        }
        String text = String.join("; ", parts);
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    private static java.util.Optional<String> names(List<RosterList> lists, List<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        List<String> names = lists.stream().filter(l -> wanted.contains(l.id())).map(RosterList::name).toList();
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", names));
    }
}
