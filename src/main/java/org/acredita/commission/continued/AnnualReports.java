package org.acredita.commission.continued;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.AnnualReportStep;
import org.acredita.commission.Award;
import org.acredita.commission.CommissionRefusal;
import org.acredita.commission.AwardStatus;
import org.acredita.commission.Awards;
import org.acredita.commission.continued.AnnualReport.Changes;
import org.acredita.commission.continued.AnnualReport.LevelCount;
import org.acredita.commission.continued.AnnualReport.Shortfall;
import org.acredita.commission.continued.AnnualReportStore.Explanation;
import org.acredita.commission.continued.AnnualReportStore.Row;
import org.acredita.commission.continued.AnnualReportStore.SignedShortfall;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Level;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual status reports of an agency's awards (years 1–3, {@link AnnualReportSchedule}). The accreditation
 * manager prepares the year's report (major changes, a reason and a corrective action for each standard not in
 * compliance, whose list and the counts by level come live from the agency's file); the chief executive signs it,
 * which freezes what was signed with its SHA-256; the accreditation body accepts it or returns it with a reason.
 * Every step is audited and published as {@link AnnualReportStep}.
 */
@Service
public class AnnualReports {

    static final int MAX_TEXT = 4000;
    private static final Role[] BODY = {Role.ADMIN, Role.PROGRAMME_MANAGER};

    /** What the manager writes: the changes, and per standard not in compliance its reason and corrective action. */
    public record Draft(Changes changes, Map<String, Explanation> explanations) {

        public Draft {
            changes = changes == null ? Changes.NONE : changes;
            explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
        }
    }

    private final Awards awards;
    private final AnnualReportStore store;
    private final AgencyGate gate;
    private final AccreditationFiles files;
    private final Staff staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualReports(Awards awards, AnnualReportStore store, AgencyGate gate, AccreditationFiles files, Staff staff,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.awards = awards;
        this.store = store;
        this.gate = gate;
        this.files = files;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The reports of the agency's awards, newest award first, years 1–3; another agency's are not found. */
    @Transactional(readOnly = true)
    public List<AnnualReport> of(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        List<Award> held = awards.of(agency.id());
        Map<UUID, Map<Integer, Row>> rows = store.ofAwards(held.stream().map(Award::id).toList()).stream()
                .collect(Collectors.groupingBy(Row::awardId, Collectors.toMap(Row::year, Function.identity())));
        LocalDate today = today(agency);
        List<AnnualReport> reports = new ArrayList<>();
        for (Award award : held) {
            Live live = null;
            for (int year = 1; year <= AnnualReportSchedule.REPORT_YEARS; year++) {
                Row row = rows.getOrDefault(award.id(), Map.of()).get(year);
                boolean signed = row != null && row.signedSha256() != null;
                if (!signed && live == null && AnnualReportSchedule.open(award.awardedOn(), award.expiresOn(), year,
                        today)) {
                    live = live(agency, award);
                }
                reports.add(report(award, year, row, live, today));
            }
        }
        return reports;
    }

    /** One year's report of the agency's current award. */
    @Transactional(readOnly = true)
    public AnnualReport get(UUID agencyId, int year) {
        return of(agencyId).stream().filter(r -> r.year() == year).findFirst().orElseThrow(NotFoundException::new);
    }

    /** The accreditation manager's draft: created or rewritten while the year is open and the report unsigned. */
    @Transactional
    public AnnualReport saveDraft(UUID agencyId, int year, Draft draft) {
        Organisation agency = gate.writable(agencyId, Role.ACCREDITATION_MANAGER);
        Award award = currentAward(agency, year);
        requireOpen(award, year, agency);
        Optional<Row> existing = store.forUpdate(award.id(), year);
        if (existing.isPresent() && existing.get().status().submitted()) {
            throw new CommissionRefusal("commission.annual.alreadySigned", year);
        }
        Changes changes = new Changes(text(draft.changes().chiefExecutive(), "chiefExecutive"),
                text(draft.changes().structure(), "structure"), text(draft.changes().functions(), "functions"),
                text(draft.changes().sizeClass(), "sizeClass"));
        Live live = live(agency, award);
        Map<String, Explanation> explanations = new LinkedHashMap<>();
        for (Map.Entry<String, Explanation> entry : draft.explanations().entrySet()) {
            if (live.shortfalls().stream().noneMatch(s -> s.number().equals(entry.getKey()))) {
                throw RuleViolation.onField("explanations", "commission.annual.notAShortfall", entry.getKey());
            }
            Explanation given = entry.getValue() == null ? new Explanation(null, null) : entry.getValue();
            explanations.put(entry.getKey(), new Explanation(text(given.reason(), "explanations"),
                    text(given.correctiveAction(), "explanations")));
        }
        UUID id = store.saveDraft(award.id(), agency.id(), year, changes, CurrentScope.get().userId());
        store.replaceExplanations(id, agency.id(), explanations);
        audit.record("ANNUAL_REPORT_DRAFTED", "annual-report", id.toString(), agency.id(),
                agency.name() + " · " + year + " · " + explanations.size());
        return get(agency.id(), year);
    }

    /**
     * The chief executive signs the year's draft: every standard not in compliance must carry its reason and
     * corrective action; the report as it stands is frozen, and its text and SHA-256 stored with the time and signer.
     * Anyone else who may read the agency is refused (403); another agency's report is not found.
     */
    @Transactional
    public AnnualReport sign(UUID agencyId, int year) {
        Organisation agency = gate.readable(agencyId);
        if (!gate.mayWrite(agency.id(), Role.AGENCY_CEO)) {
            throw new ForbiddenException();
        }
        Award award = currentAward(agency, year);
        Row row = store.forUpdate(award.id(), year)
                .orElseThrow(() -> new CommissionRefusal("commission.annual.noDraft", year));
        if (row.status().submitted()) {
            throw new CommissionRefusal("commission.annual.alreadySigned", year);
        }
        requireOpen(award, year, agency);
        Live live = live(agency, award);
        Map<String, Explanation> explanations = store.explanations(row.id());
        List<SignedShortfall> shortfalls = new ArrayList<>();
        for (Shortfall s : live.shortfalls()) {
            Explanation e = explanations.get(s.number());
            if (e == null || e.reason() == null || e.correctiveAction() == null) {
                throw RuleViolation.onField("explanations", "commission.annual.explanationMissing", s.number());
            }
            shortfalls.add(new SignedShortfall(s.number(), s.title(), s.status(), e.reason(), e.correctiveAction()));
        }
        UUID signer = CurrentScope.get().userId();
        Instant at = clock.instant();
        SignedText signed = SignedText.of(fields(agency, award, year, live.counts(), shortfalls, row.changes(),
                signer, at));
        if (!store.sign(row.id(), signer, at, signed, counts(live.counts()))) {
            throw new CommissionRefusal("commission.annual.alreadySigned", year);
        }
        store.replaceWithSigned(row.id(), agency.id(), shortfalls);
        audit.record("ANNUAL_REPORT_SIGNED", "annual-report", row.id().toString(), agency.id(),
                agency.name() + " · " + year + " · sha256 " + signed.sha256());
        events.publishEvent(new AnnualReportStep(agency.id(), agency.name(), year, AnnualReportStatus.SIGNED, signer,
                null));
        return get(agency.id(), year);
    }

    /** The accreditation body accepts a signed report. */
    @Transactional
    public AnnualReport accept(UUID agencyId, int year) {
        return decide(agencyId, year, AnnualReportStatus.ACCEPTED, null);
    }

    /** The accreditation body returns a signed report with its reason: a draft again, to be signed again. */
    @Transactional
    public AnnualReport giveBack(UUID agencyId, int year, String reason) {
        String clean = text(reason, "reason");
        if (clean == null) {
            throw RuleViolation.onField("reason", "commission.annual.reasonRequired");
        }
        return decide(agencyId, year, AnnualReportStatus.RETURNED, clean);
    }

    /** Whether the caller may accept or return reports (to offer the form). */
    public boolean mayDecide(UUID agencyId) {
        return gate.mayWrite(agencyId, BODY);
    }

    public boolean mayPrepare(UUID agencyId) {
        return gate.mayWrite(agencyId, Role.ACCREDITATION_MANAGER);
    }

    public boolean maySign(UUID agencyId) {
        return gate.mayWrite(agencyId, Role.AGENCY_CEO);
    }

    private AnnualReport decide(UUID agencyId, int year, AnnualReportStatus to, String reason) {
        Organisation agency = gate.writable(agencyId, BODY);
        Award award = currentAward(agency, year);
        Row row = store.forUpdate(award.id(), year).filter(r -> r.status() == AnnualReportStatus.SIGNED)
                .orElseThrow(() -> new CommissionRefusal("commission.annual.notSigned", year));
        if (!store.decide(row.id(), to, CurrentScope.get().userId(), clock.instant(), reason)) {
            throw new CommissionRefusal("commission.annual.notSigned", year);
        }
        audit.record(to == AnnualReportStatus.ACCEPTED ? "ANNUAL_REPORT_ACCEPTED" : "ANNUAL_REPORT_RETURNED",
                "annual-report", row.id().toString(), agency.id(),
                agency.name() + " · " + year + (reason == null ? "" : " · " + reason));
        events.publishEvent(new AnnualReportStep(agency.id(), agency.name(), year, to, CurrentScope.get().userId(),
                reason));
        return get(agency.id(), year);
    }

    /** The agency's award reports are written for: its newest active award. */
    private Award currentAward(Organisation agency, int year) {
        if (!AnnualReportSchedule.validYear(year)) {
            throw new NotFoundException();
        }
        return awards.of(agency.id()).stream().filter(a -> a.status() == AwardStatus.ACTIVE).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private void requireOpen(Award award, int year, Organisation agency) {
        if (!AnnualReportSchedule.open(award.awardedOn(), award.expiresOn(), year, today(agency))) {
            throw new CommissionRefusal("commission.annual.notOpen", year,
                    AnnualReportSchedule.opensOn(award.awardedOn(), year));
        }
    }

    /** The counts by level and the standards not in compliance, from the agency's file of the award's programme. */
    record Live(List<LevelCount> counts, List<Shortfall> shortfalls) {
    }

    Live live(Organisation agency, Award award) {
        Optional<AccreditationFile> file = files.of(agency).stream()
                .filter(f -> f.programme() == award.programme()).findFirst();
        if (file.isEmpty()) {
            return new Live(List.of(), List.of());
        }
        var contents = files.contents(file.get().id());
        Map<Level, int[]> tally = new EnumMap<>(Level.class);
        List<Shortfall> shortfalls = new ArrayList<>();
        for (FileStandard s : contents.standards()) {
            if (s.retired()) {
                continue;
            }
            int[] t = tally.computeIfAbsent(s.level(), l -> new int[4]);
            t[0]++;
            boolean excused = s.status() == StandardStatus.NOT_APPLICABLE
                    || s.status() == StandardStatus.WAIVED && !s.waiverExpiredOn(contents.today());
            if (s.status() == StandardStatus.IN_COMPLIANCE) {
                t[1]++;
            } else if (excused) {
                t[3]++;
            } else {
                t[2]++;
                shortfalls.add(new Shortfall(s.number(), s.title().es(), s.status().name(), null, null));
            }
        }
        return new Live(tally.entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList(), shortfalls);
    }

    private AnnualReport report(Award award, int year, Row row, Live live, LocalDate today) {
        LocalDate awarded = award.awardedOn();
        boolean open = AnnualReportSchedule.open(awarded, award.expiresOn(), year, today);
        AnnualReportStatus status = row == null ? AnnualReportStatus.NOT_STARTED : row.status();
        boolean overdue = award.status() == AwardStatus.ACTIVE
                && AnnualReportSchedule.overdue(awarded, year, status.submitted(), today);
        List<LevelCount> counts = List.of();
        List<Shortfall> shortfalls = List.of();
        if (row != null && row.signedCounts() != null) {
            counts = parseCounts(row.signedCounts());
            shortfalls = store.signedShortfalls(row.id()).stream().map(s -> new Shortfall(s.number(), s.title(),
                    s.status(), s.reason(), s.correctiveAction())).toList();
        } else if (live != null && open) {
            Map<String, Explanation> words = row == null ? Map.of() : store.explanations(row.id());
            counts = live.counts();
            shortfalls = live.shortfalls().stream().map(s -> {
                Explanation e = words.get(s.number());
                return e == null ? s : new Shortfall(s.number(), s.title(), s.status(), e.reason(),
                        e.correctiveAction());
            }).toList();
        }
        String signerName = null;
        if (row != null && row.signedBy() != null) {
            StaffMember signer = staff.named(List.of(row.signedBy())).get(row.signedBy());
            signerName = signer == null ? null : signer.displayName();
        }
        return new AnnualReport(row == null ? null : row.id(), award.id(), award.agencyId(), year,
                AnnualReportSchedule.anniversary(awarded, year), AnnualReportSchedule.dueOn(awarded, year), status,
                open, overdue, counts, shortfalls, row == null ? Changes.NONE : row.changes(),
                row == null ? null : row.signedBy(), signerName, row == null ? null : row.signedAt(),
                row == null ? null : row.signedSha256(), row == null ? null : row.returnReason(),
                row == null ? null : row.decidedAt());
    }

    /** Every field of the report, in a fixed order, for the signed text. */
    static List<String> fields(Organisation agency, Award award, int year, List<LevelCount> counts,
            List<SignedShortfall> shortfalls, Changes changes, UUID signer, Instant at) {
        List<String> fields = new ArrayList<>(List.of("annual-status-report", agency.id().toString(), agency.name(),
                award.id().toString(), String.valueOf(award.certificateNumber()), award.programme().name(),
                award.awardedOn().toString(), award.expiresOn().toString(), String.valueOf(year), counts(counts)));
        for (SignedShortfall s : shortfalls) {
            fields.addAll(List.of(s.number(), s.status(), s.reason(), s.correctiveAction()));
        }
        fields.addAll(java.util.Arrays.asList(changes.chiefExecutive(), changes.structure(), changes.functions(),
                changes.sizeClass(), String.valueOf(signer), at.toString()));
        return fields;
    }

    static String counts(List<LevelCount> counts) {
        return counts.stream().map(c -> c.level() + " " + c.applicable() + " " + c.inCompliance() + " "
                + c.notInCompliance() + " " + c.excused()).collect(Collectors.joining("|"));
    }

    static List<LevelCount> parseCounts(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<LevelCount> counts = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String[] f = part.split(" ");
            counts.add(new LevelCount(Level.valueOf(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        return counts;
    }

    private LocalDate today(Organisation agency) {
        return LocalDate.now(clock.withZone(agency.timeZone()));
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw RuleViolation.onField(field, "commission.text.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
