package org.acredita.proofs;

import org.acredita.proofs.internal.CycleYear;
import org.acredita.proofs.internal.ProofSchedule;
import org.acredita.proofs.internal.StandardProofs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.identity.Organisations;
import org.acredita.proofs.internal.ProofRepository;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.ProofTally;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.acredita.storage.FileDownload;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading proofs of compliance: a standard's four years with the slots it expects, counts per year for the
 * file's list, the gaps of a whole file, and the content of a proof (authorised per request). Whoever may read
 * the agency reads its proofs; another agency's proofs are not found.
 */
@Service
public class Proofs implements ProofTally {

    /** Who gives proofs: the agency's own people doing the work. */
    static final Set<Role> CONTRIBUTORS = EnumSet.of(Role.AGENCY_STAFF, Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO);
    /** Who may remove anybody's proof (others remove only their own). */
    static final Set<Role> KEEPERS = EnumSet.of(Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO);

    private final ProofRepository proofs;
    private final AccreditationFiles files;
    private final AgencyLifecycle lifecycle;
    private final Manuals manuals;
    private final StoredFiles storedFiles;
    private final Organisations organisations;

    Proofs(ProofRepository proofs, AccreditationFiles files, AgencyLifecycle lifecycle, Manuals manuals,
            StoredFiles storedFiles, Organisations organisations) {
        this.organisations = organisations;
        this.proofs = proofs;
        this.files = files;
        this.lifecycle = lifecycle;
        this.manuals = manuals;
        this.storedFiles = storedFiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<Integer, Integer>> perYear(UUID fileId) {
        return proofs.countsPerYear(files.file(fileId).id());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<Integer, Integer>> perYear(AccreditationFile file) {
        CurrentScope.get().requireRead(file.agencyId());
        return proofs.countsPerYear(file.id());
    }

    @Transactional(readOnly = true)
    public StandardProofs ofStandard(UUID fileId, String number) {
        FileStandard standard = files.fileStandard(fileId, number);
        AccreditationFile file = files.file(fileId);
        ManualDocument.TimeSensitivity timing = timing(file.editionId(), number);
        LocalDate start = cycleStart(file);
        LocalDate today = files.todayOf(file.agencyId());
        ProofSchedule schedule = new ProofSchedule(timing == null ? null : timing.frequency(), start);
        List<Proof> given = proofs.ofStandard(file.id(), number);
        List<ProofSlot> slots = schedule.slots(given, today);
        List<StandardProofs.YearProofs> years = new ArrayList<>();
        for (CycleYear year : ProofSchedule.years(start)) {
            years.add(new StandardProofs.YearProofs(year,
                    given.stream().filter(proof -> proof.cycleYear() == year.year()).toList(),
                    slots.stream().filter(slot -> slot.year() == year.year()).toList()));
        }
        AccessScope scope = CurrentScope.get();
        Set<UUID> removable = new HashSet<>();
        Set<UUID> late = new HashSet<>();
        Set<UUID> explainable = new HashSet<>();
        for (Proof proof : given) {
            if (mayRemove(scope, standard, proof)) {
                removable.add(proof.id());
            }
            if (schedule.late(proof)) {
                late.add(proof.id());
                if (mayExplain(scope, standard, proof)) {
                    explainable.add(proof.id());
                }
            }
        }
        return new StandardProofs(file, standard, timing == null ? null : timing.frequency(),
                timing == null ? null : timing.proof(), start, years, slots, schedule.periodsPerYear(),
                ProofSchedule.yearOf(start, today), mayAdd(scope, standard), removable, explainable, late, today,
                proofs.documentsOf(file.id(), number));
    }

    /** The missing time-sensitive proofs of every standard of the file, per standard, as of today. */
    @Transactional(readOnly = true)
    public Map<String, List<ProofSlot>> gaps(UUID fileId) {
        AccreditationFile file = files.file(fileId);
        return gaps(file, files.contents(file.id()).standards());
    }

    /** The same for a file whose standards the caller already read. */
    @Transactional(readOnly = true)
    public Map<String, List<ProofSlot>> gaps(AccreditationFile file, List<FileStandard> standards) {
        CurrentScope.get().requireRead(file.agencyId());
        return gaps(file, standards, proofs.ofFile(file.id()), manuals.timeSensitivities(file.editionId()));
    }

    /** The gaps of many files (an overview): their proofs in one query, each edition's timings read once. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, List<ProofSlot>>> gaps(List<FileContents> many) {
        AccessScope scope = CurrentScope.get();
        many.forEach(contents -> scope.requireRead(contents.file().agencyId()));
        Map<UUID, List<Proof>> given = new java.util.HashMap<>();
        proofs.ofFiles(many.stream().map(contents -> contents.file().id()).toList())
                .forEach(proof -> given.computeIfAbsent(proof.fileId(), key -> new ArrayList<>()).add(proof));
        Map<UUID, Map<String, ManualDocument.TimeSensitivity>> timings = new java.util.HashMap<>();
        Map<UUID, Map<String, List<ProofSlot>>> gaps = new java.util.LinkedHashMap<>();
        for (FileContents contents : many) {
            AccreditationFile file = contents.file();
            gaps.put(file.id(), gaps(file, contents.standards(), given.getOrDefault(file.id(), List.of()),
                    timings.computeIfAbsent(file.editionId(), manuals::timeSensitivities)));
        }
        return gaps;
    }

    private Map<String, List<ProofSlot>> gaps(AccreditationFile file, List<FileStandard> standards,
            List<Proof> given, Map<String, ManualDocument.TimeSensitivity> timing) {
        Map<String, List<ProofSlot>> gaps = new java.util.LinkedHashMap<>();
        slots(file, standards, given, timing, files.todayOf(file.agencyId())).forEach((standard, slots) -> {
            List<ProofSlot> missing = slots.stream().filter(slot -> slot.state().gap()).toList();
            if (!missing.isEmpty()) {
                gaps.put(standard.number(), missing);
            }
        });
        return gaps;
    }

    /** Every slot of the file's applicable time-sensitive standards as of the day, standard by standard. */
    private Map<FileStandard, List<ProofSlot>> slots(AccreditationFile file, List<FileStandard> standards,
            List<Proof> given, Map<String, ManualDocument.TimeSensitivity> timing, LocalDate today) {
        Map<FileStandard, List<ProofSlot>> slots = new java.util.LinkedHashMap<>();
        if (timing.isEmpty()) {
            return slots;
        }
        LocalDate start = cycleStart(file);
        Map<String, List<Proof>> byStandard = new java.util.HashMap<>();
        given.forEach(proof -> byStandard.computeIfAbsent(proof.number(), key -> new ArrayList<>()).add(proof));
        for (FileStandard standard : standards) {
            ManualDocument.TimeSensitivity time = timing.get(standard.number());
            if (time != null && standard.status() != StandardStatus.NOT_APPLICABLE
                    && standard.status() != StandardStatus.WAIVED) {
                slots.put(standard, new ProofSchedule(time.frequency(), start)
                        .slots(byStandard.getOrDefault(standard.number(), List.of()), today));
            }
        }
        return slots;
    }

    /**
     * Expected proofs of every readable file whose period ends within {@code daysBefore} days without a proof,
     * or ended in the last {@code missedWithin} days without one: what the daily reminders tell the agency.
     */
    @Transactional(readOnly = true)
    public List<DueProof> due(LocalDate today, int daysBefore, int missedWithin) {
        List<DueProof> due = new ArrayList<>();
        Map<UUID, Map<String, ManualDocument.TimeSensitivity>> timings = new java.util.HashMap<>();
        for (AccreditationFile file : files.all()) {
            Map<String, ManualDocument.TimeSensitivity> timing = timings.computeIfAbsent(file.editionId(),
                    manuals::timeSensitivities);
            if (timing.isEmpty()) {
                continue;
            }
            String agencyName = organisations.get(file.agencyId()).name();
            slots(file, files.contents(file.id()).standards(), proofs.ofFile(file.id()), timing, today)
                    .forEach((standard, slots) -> slots.stream().filter(slot -> {
                        boolean soon = slot.state() == SlotState.DUE && !slot.to().isAfter(today.plusDays(daysBefore));
                        boolean missed = slot.state() == SlotState.MISSING
                                && !slot.to().isBefore(today.minusDays(missedWithin));
                        return soon || missed;
                    }).forEach(slot -> due.add(new DueProof(file.id(), file.agencyId(), agencyName, standard.number(),
                            standard.title(), slot))));
        }
        return due;
    }

    @Transactional(readOnly = true)
    public Proof proof(UUID fileId, String number, UUID proofId) {
        FileStandard standard = files.fileStandard(fileId, number);
        return proofs.find(standard.fileId(), number, proofId).orElseThrow(NotFoundException::new);
    }

    /** A proof of a readable file by its id: search results point here, so a renumbered standard never breaks them. */
    @Transactional(readOnly = true)
    public Proof inFile(UUID fileId, UUID proofId) {
        AccreditationFile file = files.file(fileId);
        return proofs.inFile(file.id(), proofId).orElseThrow(NotFoundException::new);
    }

    /** Whether the proof is dated after the period it was given for. */
    @Transactional(readOnly = true)
    public boolean late(Proof proof) {
        AccreditationFile file = files.file(proof.fileId());
        ManualDocument.TimeSensitivity timing = timing(file.editionId(), proof.number());
        return new ProofSchedule(timing == null ? null : timing.frequency(), cycleStart(file)).late(proof);
    }

    /** The bytes of a file proof, after the same checks as every other read. */
    @Transactional(readOnly = true)
    public FileDownload content(UUID fileId, String number, UUID proofId) {
        Proof proof = proof(fileId, number, proofId);
        if (proof.storedFileId() == null) {
            throw new NotFoundException();
        }
        return storedFiles.open(proof.storedFileId());
    }

    /**
     * The first day of the file's four-year cycle: the award date once accredited, else the date of the
     * accreditation agreement that started self-assessment, else the day the file was opened.
     */
    LocalDate cycleStart(AccreditationFile file) {
        Enrolment enrolment = lifecycle.enrolments(file.agencyId()).stream()
                .filter(candidate -> candidate.programme() == file.programme()).findFirst().orElse(null);
        if (enrolment != null && enrolment.awardDate() != null) {
            return enrolment.awardDate();
        }
        if (enrolment != null && enrolment.agreementDate() != null) {
            return enrolment.agreementDate();
        }
        return file.createdAt().atZone(ZoneId.of("America/Mexico_City")).toLocalDate();
    }

    ManualDocument.TimeSensitivity timing(UUID editionId, String number) {
        return manuals.timeSensitivities(editionId).get(number);
    }

    static boolean mayAdd(AccessScope scope, FileStandard standard) {
        return scope.canWrite(standard.agencyId()) && scope.hasAnyRole(CONTRIBUTORS.toArray(Role[]::new))
                && standard.status() != StandardStatus.NOT_APPLICABLE && !standard.retired();
    }

    /** A late proof is explained by its author or the agency's managers, while the standard is being worked on. */
    static boolean mayExplain(AccessScope scope, FileStandard standard, Proof proof) {
        boolean own = scope.userId() != null && scope.userId().equals(proof.createdBy());
        return mayAdd(scope, standard) && !frozen(standard)
                && (own || scope.hasAnyRole(KEEPERS.toArray(Role[]::new)));
    }

    /** Proofs under review or accepted stay as the reviewer saw them. */
    static boolean frozen(FileStandard standard) {
        return standard.status() == StandardStatus.READY_FOR_REVIEW
                || standard.status() == StandardStatus.IN_COMPLIANCE;
    }

    static boolean mayRemove(AccessScope scope, FileStandard standard, Proof proof) {
        boolean frozen = frozen(standard);
        boolean own = scope.userId() != null && scope.userId().equals(proof.createdBy());
        return !frozen && !standard.retired() && scope.canWrite(standard.agencyId())
                && (own && scope.hasAnyRole(CONTRIBUTORS.toArray(Role[]::new))
                        || scope.hasAnyRole(KEEPERS.toArray(Role[]::new)));
    }
}
