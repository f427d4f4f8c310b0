package org.acredita.assessments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.internal.Visibility;
import org.acredita.assessments.review.ReviewClosed;
import org.acredita.assessments.review.ReviewRules;
import org.acredita.assessments.review.VerdictStore;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.Manuals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' verdicts on the standards of an assessment's scope (and on their elements). Recorded only on a
 * standard in scope, by programme staff, the team leader or the team member whose chapters cover it, while the
 * assessment is in progress and its window has started; a change keeps the earlier verdict in the history. Each
 * verdict publishes {@link VerdictRecorded} in its own transaction, so findings follow it or nothing is written.
 * The team sees the review from the window's start (programme staff always); nobody else sees any verdict.
 */
@Service
public class Verdicts {

    /** What a reviewer decides: the verdict, the element's letter (none: the standard), and the texts. */
    public record Choice(Verdict verdict, String element, String reason, String commentToAgency, String teamNote) {
    }

    /** Standards decided (with a verdict of their own) of those in scope. */
    public record Progress(int decided, int inScope) {

        public int percent() {
            return inScope == 0 ? 0 : decided * 100 / inScope;
        }
    }

    /** The team's progress and each member's over the standards of their chapters. */
    public record TeamProgress(Progress team, Map<UUID, Progress> members) {
    }

    private final Assessments assessments;
    private final VerdictStore store;
    private final AccreditationFiles files;
    private final Manuals manuals;
    private final Staff staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Verdicts(Assessments assessments, VerdictStore store, AccreditationFiles files, Manuals manuals, Staff staff,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.store = store;
        this.files = files;
        this.manuals = manuals;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
    }

    /** The assessment, when the caller may see its review; anyone else gets not found. */
    @Transactional(readOnly = true)
    public Assessment reviewable(UUID id) {
        Assessment assessment = assessments.get(id);
        if (!seesReview(assessment)) {
            throw new NotFoundException();
        }
        return assessment;
    }

    /** Whether the caller sees the review and the verdicts (team notes included) of this assessment. */
    public boolean seesReview(Assessment assessment) {
        return assessment.started() && Visibility.seesReview(CurrentScope.get(), assessment.agencyId(),
                assessment.kind(), assessment.onTeam(CurrentScope.get().userId()), windowStarted(assessment));
    }

    /**
     * Why the caller may not record a verdict on a standard of this chapter now (a message key), or null when
     * they may.
     */
    public String refusal(Assessment assessment, int chapter) {
        return refusal(assessment, assessment.status(), chapter);
    }

    /** The same with the status read under the verdict's lock. */
    private String refusal(Assessment assessment, AssessmentStatus status, int chapter) {
        AccessScope scope = CurrentScope.get();
        if (status != AssessmentStatus.IN_PROGRESS) {
            return "assessments.review.readOnly";
        }
        if (!windowStarted(assessment)) {
            return "assessments.review.notStarted";
        }
        if (!Visibility.mayDecide(scope, assessment.agencyId(), member(assessment), chapter)) {
            return "assessments.review.notYourChapter";
        }
        return null;
    }

    /** The caller's place on the team, or null. */
    public TeamMember member(Assessment assessment) {
        UUID me = CurrentScope.get().userId();
        return assessment.team().stream().filter(m -> m.userId().equals(me)).findFirst().orElse(null);
    }

    /** Every current verdict by standard number, the standard's own first. */
    @Transactional(readOnly = true)
    public Map<String, List<RecordedVerdict>> current(UUID id) {
        return named(store.current(reviewable(id).id()));
    }

    /** A standard's verdicts as they were recorded and changed, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedVerdict> history(UUID id, String number) {
        Assessment assessment = reviewable(id);
        return named(Map.of(number, store.history(assessment.id(), number))).getOrDefault(number, List.of());
    }

    /** The team's progress and each member's. */
    @Transactional(readOnly = true)
    public TeamProgress progress(UUID id) {
        Assessment assessment = reviewable(id);
        Map<String, Integer> chapters = new LinkedHashMap<>();
        store.lines(assessment.id()).forEach(line -> chapters.put(line.number(), line.chapter()));
        return ReviewRules.progress(chapters, decided(store.current(assessment.id())), assessment.team());
    }

    /** The numbers of standards with a verdict of their own among these current verdicts. */
    public static Set<String> decided(Map<String, List<RecordedVerdict>> current) {
        Set<String> decided = new HashSet<>();
        current.forEach((number, verdicts) -> {
            if (verdicts.stream().anyMatch(RecordedVerdict::onStandard)) {
                decided.add(number);
            }
        });
        return decided;
    }

    /**
     * Records a verdict (or changes the current one, which stays in the history) on a standard of the scope or one
     * of its elements. The same verdict and texts again change nothing.
     *
     * @throws RuleViolation a standard outside the scope, an unknown element, missing or too long input (400)
     * @throws ForbiddenException a standard of a chapter the caller is not assigned (403)
     * @throws ReviewClosed before the window or once the assessment has moved on (409)
     */
    @Transactional
    public RecordedVerdict record(UUID id, String number, Choice choice) {
        Assessment assessment = reviewable(id);
        Choice clean = ReviewRules.clean(choice);
        String standard = number == null ? "" : number.strip();
        String status = store.lockForVerdict(assessment.id(), standard).orElseThrow(
                () -> RuleViolation.onField("number", "assessments.review.outOfScope", standard));
        int chapter = store.lines(assessment.id()).stream().filter(line -> line.number().equals(standard))
                .map(VerdictStore.Line::chapter).findFirst().orElseThrow(NotFoundException::new);
        String refusal = refusal(assessment, AssessmentStatus.valueOf(status), chapter);
        if ("assessments.review.notYourChapter".equals(refusal)) {
            throw new ForbiddenException(refusal);
        }
        if (refusal != null) {
            throw new ReviewClosed(refusal);
        }
        if (clean.element() != null) {
            List<String> letters = manuals.elementLetters(files.file(assessment.fileId()).editionId())
                    .getOrDefault(standard, List.of());
            if (!letters.contains(clean.element())) {
                throw RuleViolation.onField("element", "assessments.review.elementUnknown", clean.element(), standard);
            }
        }
        RecordedVerdict current = store.current(assessment.id(), standard, clean.element()).orElse(null);
        if (ReviewRules.unchanged(current, clean)) {
            return named(current);
        }
        if (current != null) {
            store.supersede(current.id());
        }
        UUID reviewer = CurrentScope.get().userId();
        UUID recorded = store.insert(assessment.id(), assessment.agencyId(), standard, clean.element(),
                clean.verdict(), clean.reason(), clean.commentToAgency(), clean.teamNote(), reviewer);
        // The agency reads its own audit trail: the summary names the standard, never the verdict or the texts.
        audit.record(current == null ? "VERDICT_RECORDED" : "VERDICT_CHANGED", "assessment", id.toString(),
                assessment.agencyId(), standard + (clean.element() == null ? "" : " (" + clean.element() + ")"));
        events.publishEvent(new VerdictRecorded(assessment.id(), assessment.agencyId(), standard, clean.element(),
                clean.verdict(), current == null ? null : current.verdict(), clean.commentToAgency(), reviewer));
        return named(store.find(recorded).orElseThrow(NotFoundException::new));
    }

    private boolean windowStarted(Assessment assessment) {
        LocalDate today = files.todayOf(assessment.agencyId());
        return !today.isBefore(assessment.windowStart());
    }

    private RecordedVerdict named(RecordedVerdict verdict) {
        return named(Map.of(verdict.number(), List.of(verdict))).get(verdict.number()).get(0);
    }

    private Map<String, List<RecordedVerdict>> named(Map<String, List<RecordedVerdict>> verdicts) {
        Set<UUID> people = new HashSet<>();
        verdicts.values().forEach(list -> list.forEach(v -> people.add(v.reviewerId())));
        Map<UUID, StaffMember> names = people.isEmpty() ? Map.of() : staff.named(people);
        Map<String, List<RecordedVerdict>> result = new LinkedHashMap<>();
        verdicts.forEach((number, list) -> result.put(number, list.stream().map(v -> new RecordedVerdict(v.id(),
                v.number(), v.element(), v.verdict(), v.reason(), v.commentToAgency(), v.teamNote(), v.reviewerId(),
                names.containsKey(v.reviewerId()) ? names.get(v.reviewerId()).displayName() : "", v.recordedAt(),
                v.supersededAt())).toList()));
        return result;
    }
}
