package org.acredita.assessments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.comments.AddressRateLimit;
import org.acredita.assessments.comments.CommentChannel;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.comments.CommentPeriod;
import org.acredita.assessments.comments.CommentState;
import org.acredita.assessments.comments.CommentStore;
import org.acredita.assessments.comments.CommentSummary;
import org.acredita.assessments.comments.PublicComment;
import org.acredita.assessments.visits.SiteVisit;
import org.acredita.assessments.visits.VisitStore;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public comment on an agency under a site-based assessment. Anyone, without signing in, reads the open periods
 * and comments (anonymously if they wish) while a period is open; the team records comments heard at the public
 * session or by telephone; the accreditation body (programme staff, the team leader) accepts or rejects each with
 * a reason. The team sees every comment; the agency and its advisors see the accepted ones once the visit is over.
 * The public side has no caller scope: it reads and writes as the system, stating so, and only ever one open
 * period's agency.
 */
@Service
public class PublicComments {

    private final Assessments assessments;
    private final SiteVisits visits;
    private final VisitStore visitStore;
    private final CommentStore store;
    private final AddressRateLimit rateLimit;
    private final AgencyGate gate;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PublicComments(Assessments assessments, SiteVisits visits, VisitStore visitStore, CommentStore store,
            AddressRateLimit rateLimit, AgencyGate gate, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.assessments = assessments;
        this.visits = visits;
        this.visitStore = visitStore;
        this.store = store;
        this.rateLimit = rateLimit;
        this.gate = gate;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The periods open now, for everyone (no sign-in). */
    public List<CommentPeriod> openPeriods() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.execute(status -> {
            Instant now = clock.instant();
            return visitStore.open(now).stream().map(this::period).toList();
        }));
    }

    /** One open period; a closed or unknown one is not found. */
    public CommentPeriod openPeriod(UUID periodId) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.execute(status ->
                period(openVisit(periodId))));
    }

    /**
     * A comment from the public page or API. Counted against the address's hourly limit for the period first (a refused or
     * discarded one counts too); a filled honeypot is accepted silently and discarded; then checked and stored
     * pending moderation, audited without its text.
     */
    public void submit(UUID periodId, CommentDraft draft, String address) {
        rateLimit.hit(address, periodId);
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> {
            SiteVisit visit = openVisit(periodId);
            if (draft.fromRobot()) {
                return;
            }
            Checked comment = check(draft);
            UUID id = store.insert(visit.id(), visit.agencyId(), CommentChannel.WEB, comment.name(),
                    comment.contact(), comment.body(), null);
            audit.record("PUBLIC_COMMENT_RECEIVED", "public_comment", id.toString(), visit.agencyId(),
                    CommentChannel.WEB + " · " + comment.body().length());
        }));
    }

    /** A comment heard at the public session or by telephone, recorded by a team member the same way. */
    @Transactional
    public PublicComment record(UUID assessmentId, CommentChannel channel, CommentDraft draft) {
        Assessment assessment = detailed(assessmentId);
        if (!assessments.mayRun(assessment)) {
            throw new ForbiddenException();
        }
        if (channel == null || channel == CommentChannel.WEB) {
            throw RuleViolation.onField("channel", "comments.channel.recorded");
        }
        SiteVisit visit = visits.visit(assessment.id())
                .orElseThrow(() -> RuleViolation.onField("channel", "visits.notScheduled"));
        Checked comment = check(draft);
        UUID id = store.insert(visit.id(), visit.agencyId(), channel, comment.name(), comment.contact(),
                comment.body(), CurrentScope.get().userId());
        audit.record("PUBLIC_COMMENT_RECORDED", "public_comment", id.toString(), visit.agencyId(),
                channel + " · " + comment.body().length());
        return store.ofVisit(visit.id()).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** Accepts a pending comment, or rejects it with a reason (programme staff and the team leader). */
    @Transactional
    public PublicComment moderate(UUID assessmentId, UUID commentId, boolean accept, String reason) {
        Assessment assessment = detailed(assessmentId);
        if (!visits.mayLead(assessment)) {
            throw new ForbiddenException();
        }
        SiteVisit visit = visits.visit(assessment.id()).orElseThrow(NotFoundException::new);
        if (!store.exists(visit.id(), commentId)) {
            throw new NotFoundException();
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && why.isEmpty()) {
            throw RuleViolation.onField("reason", "comments.reject.reasonRequired");
        }
        if (why.length() > 1000) {
            throw RuleViolation.onField("reason", "comments.reject.reasonTooLong", 1000);
        }
        CommentState state = accept ? CommentState.ACCEPTED : CommentState.REJECTED;
        if (!store.decide(visit.id(), commentId, state, accept ? null : why, CurrentScope.get().userId(),
                clock.instant())) {
            throw RuleViolation.onField("state", "comments.moderate.decided");
        }
        audit.record(accept ? "PUBLIC_COMMENT_ACCEPTED" : "PUBLIC_COMMENT_REJECTED", "public_comment",
                commentId.toString(), visit.agencyId(), accept ? state.name() : state + " · " + why);
        return store.ofVisit(visit.id()).stream().filter(c -> c.id().equals(commentId)).findFirst().orElseThrow();
    }

    /**
     * The comments the caller may read: every one for programme staff and the team (they moderate during the
     * period); the accepted ones for the agency and its advisors once the visit is over; none before.
     */
    @Transactional(readOnly = true)
    public List<PublicComment> of(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        SiteVisit visit = visitStore.ofAssessment(assessment.id()).orElse(null);
        if (visit == null) {
            return List.of();
        }
        if (assessments.seesDetail(assessment)) {
            return store.ofVisit(visit.id());
        }
        return visit.over(clock.instant()) ? store.accepted(visit.id()) : List.of();
    }

    /** Whether the caller sees all comments and may record them (the team, programme staff). */
    public boolean seesAll(Assessment assessment) {
        return assessments.seesDetail(assessment);
    }

    /** For the assessment report: counts by channel and state, and the accepted texts without names. */
    @Transactional(readOnly = true)
    public CommentSummary summary(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        return summary(assessment, assessments.seesDetail(assessment));
    }

    /**
     * The summary for a caller already allowed to read about the assessment ({@link ReleasedReports}: the readers of
     * its released report): with {@code seesAll} false, nothing until the visit is over.
     */
    CommentSummary summary(Assessment assessment, boolean seesAll) {
        SiteVisit visit = visitStore.ofAssessment(assessment.id()).orElse(null);
        if (visit == null || !seesAll && !visit.over(clock.instant())) {
            return new CommentSummary(Map.of(), List.of());
        }
        Map<CommentChannel, Map<CommentState, Integer>> counts = new EnumMap<>(CommentChannel.class);
        List<CommentSummary.Accepted> accepted = new ArrayList<>();
        for (PublicComment comment : store.ofVisit(visit.id())) {
            counts.computeIfAbsent(comment.channel(), c -> new EnumMap<>(CommentState.class))
                    .merge(comment.state(), 1, Integer::sum);
            if (comment.state() == CommentState.ACCEPTED) {
                accepted.add(new CommentSummary.Accepted(comment.channel(), comment.body()));
            }
        }
        return new CommentSummary(counts, accepted);
    }

    private SiteVisit openVisit(UUID periodId) {
        SiteVisit visit = visitStore.find(periodId).orElseThrow(NotFoundException::new);
        if (!visit.commentsOpen(clock.instant())) {
            throw new NotFoundException();
        }
        return visit;
    }

    private CommentPeriod period(SiteVisit visit) {
        Organisation agency = gate.readable(visit.agencyId());
        return new CommentPeriod(visit.id(), agency.name(), agency.stateCode(), visit.startsOn(), visit.endsOn(),
                visit.commentsOpenAt(), visit.commentsCloseAt(), visit.zone());
    }

    private Assessment detailed(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        if (!assessments.seesDetail(assessment)) {
            throw new NotFoundException();
        }
        return assessment;
    }

    private record Checked(String body, String name, String contact) {
    }

    private static Checked check(CommentDraft draft) {
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty()) {
            throw RuleViolation.onField("body", "comments.body.required");
        }
        int length = body.codePointCount(0, body.length());
        if (length > CommentDraft.MAX_BODY) {
            throw RuleViolation.onField("body", "comments.body.tooLong", CommentDraft.MAX_BODY, length);
        }
        return new Checked(body, optional(draft.name(), "name"), optional(draft.contact(), "contact"));
    }

    private static String optional(String value, String field) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > CommentDraft.MAX_NAME) {
            throw RuleViolation.onField(field, "comments." + field + ".tooLong", CommentDraft.MAX_NAME);
        }
        return clean.isEmpty() ? null : clean;
    }
}
