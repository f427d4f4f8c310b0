package org.acredita.web.home;

import java.time.LocalDate;
import java.util.List;
import org.acredita.commission.AnnualReportDue;
import org.acredita.commission.OverdueCondition;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.Deadline;
import org.acredita.agencies.Phase;
import org.acredita.assessments.Assessment;
import org.acredita.compliance.FileCompliance;
import org.acredita.directives.DraftAwaitingApproval;
import org.acredita.identity.StaffMember;
import org.acredita.improvement.OverdueItem;
import org.acredita.notifications.Mention;
import org.acredita.programmes.Programme;
import org.acredita.readiness.ReadinessScore;
import org.acredita.selfassessment.FileStandard;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.standards.ManualEdition;

/**
 * The signed-in person's work of the day, one part per kind of role they hold (a part is null when they hold
 * none of its roles); read in one read-only transaction by {@link Inboxes}.
 *
 * @param today the day due dates are judged against (the person's organisation's calendar)
 * @param deadlineDays how far ahead {@code deadlines} look
 */
public record Inbox(LocalDate today, AgencyWork agency, ReviewWork review, BodyWork body, FunderFigures funder,
        AdminSetup admin, List<Mention> mentions, List<Deadline> deadlines, int deadlineDays) {

    /** How many items a list shows before it links to the page with all of them. */
    public static final int SHOWN = 6;
    /** An agency without a technical-assistance session for this many days is one to visit or call. */
    public static final int QUIET_DAYS = 30;

    public boolean empty() {
        return agency == null && review == null && body == null && funder == null && admin == null;
    }

    /** A standard someone should act on, with where it is worked on. */
    public record StandardItem(FileStandard standard, String agencyName, boolean overdue) {

        public String link() {
            return "/accreditation-files/" + standard.fileId() + "/standards/" + standard.number();
        }
    }

    /**
     * The agency's people: their own assignments and returns; managers and the chief executive also the agency's
     * returned and submitted standards, the team's overdue work and requests waiting for the accreditation body.
     *
     * @param file the agency's file in brief, or null before it is opened
     * @param drafts directive drafts waiting for approval (the chief executive signs them)
     */
    public record AgencyWork(UUID agencyId, UUID userId, boolean manages, boolean chief, FileCompliance file,
            List<StandardItem> assigned, List<StandardItem> returned, List<StandardItem> sentForReview,
            List<StandardItem> teamOverdue, List<StandardItem> requests, List<DraftAwaitingApproval> drafts) {

        public String fileList() {
            return "/agencies/" + agencyId + "/accreditation";
        }
    }

    /** An agency an advisor or regional manager follows, with what puts it at risk. */
    public record AgencyRow(UUID id, String name, Phase phase, FileCompliance file, ReadinessScore readiness,
            long recentSessions, long overdueActions, boolean deadlinePassed) {

        public boolean atRisk() {
            return deadlinePassed || overdueActions > 0 || (file != null && (file.overdue() > 0 || !file.wouldPass()));
        }
    }

    /**
     * Advisors and regional managers.
     *
     * @param noRecentSession their agencies without a technical-assistance session in {@link #QUIET_DAYS} days
     */
    public record ReviewWork(List<AgencyRow> agencies, List<StandardItem> toReview, List<AgencyRow> noRecentSession,
            List<OverdueItem> overdueActions, List<AssessmentItem> assessments) {
    }

    /** An assessment with its agency's name, for the assessments card. */
    public record AssessmentItem(Assessment assessment, String agencyName) {

        public String link() {
            return "/assessments/" + assessment.id();
        }
    }

    /**
     * The accreditation body: programme manager, assessors and team leaders, commissioners.
     *
     * @param readyForReview agencies that asked for their review (phase ready for review)
     * @param beforeCommission agencies whose report goes or went to a hearing
     * @param requests not-applicable and waiver requests waiting for the programme manager's decision
     * @param toReview standards submitted for review in the assessor's agencies
     */
    public record BodyWork(boolean decides, boolean reviews, boolean commission, List<AgencySummary> readyForReview,
            List<AgencySummary> beforeCommission, List<StandardItem> requests, List<StandardItem> toReview,
            List<AssessmentItem> assessments, AfterTheDecision afterDecision) {
    }

    /**
     * What the Commission's decisions leave the programme manager to act on: annual status reports signed by the
     * agency's chief executive and waiting to be accepted or returned, and conditions open past their due date.
     */
    public record AfterTheDecision(List<AnnualReportDue> reportsToDecide, List<OverdueCondition> conditionsOverdue) {

        static final AfterTheDecision NONE = new AfterTheDecision(List.of(), List.of());
    }

    /** The funder's figures over the agencies it follows. */
    public record FunderFigures(List<Programme> programmes, int agencies, long accredited, long filesPassing,
            int files, long sessionMinutes, Map<Phase, Long> byPhase) {
    }

    /** What the platform still needs set up. */
    public record AdminSetup(long municipalities, List<ManualEdition> draftManuals,
            Set<AccreditationProgramme> programmesWithoutManual, List<StaffMember> withoutRoles) {

        public boolean done() {
            return municipalities > 0 && draftManuals.isEmpty() && programmesWithoutManual.isEmpty()
                    && withoutRoles.isEmpty();
        }
    }
}
