package org.acredita.assessments.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;

/** The review's rules that need no database: what a verdict must say, and how far a reviewer and the team are. */
public final class ReviewRules {

    public static final int MAX_REASON = 2000;
    public static final int MAX_TEXT = 4000;

    private ReviewRules() {
    }

    /**
     * The choice with blank texts as none; refused when the verdict is
     * missing, not applicable comes without its reason, or a text is too long.
     */
    public static Verdicts.Choice clean(Verdicts.Choice choice) {
        if (choice == null || choice.verdict() == null) {
            throw RuleViolation.onField("verdict", "assessments.review.verdictRequired");
        }
        String element = blankless(choice.element());
        String reason = blankless(choice.reason());
        if (choice.verdict() == Verdict.NOT_APPLICABLE && reason == null) {
            throw RuleViolation.onField("reason", "assessments.review.reasonRequired");
        }
        requireLength("reason", reason, MAX_REASON);
        String comment = blankless(choice.commentToAgency());
        requireLength("commentToAgency", comment, MAX_TEXT);
        String note = blankless(choice.teamNote());
        requireLength("teamNote", note, MAX_TEXT);
        return new Verdicts.Choice(choice.verdict(), element,
                reason, comment, note);
    }

    /** Whether recording this choice would change nothing (the same verdict and texts as the current one). */
    public static boolean unchanged(RecordedVerdict current, Verdicts.Choice choice) {
        return current != null && current.verdict() == choice.verdict()
                && java.util.Objects.equals(current.reason(), choice.reason())
                && java.util.Objects.equals(current.commentToAgency(), choice.commentToAgency())
                && java.util.Objects.equals(current.teamNote(), choice.teamNote());
    }

    /**
     * Decided (a verdict on the standard itself) of in scope, for the team and for each member over the standards
     * of their chapters (no chapters: the whole scope; the team leader's share is the whole scope too).
     *
     * @param chapters standard number to its chapter, in scope order
     * @param decided the numbers of standards with a verdict of their own
     */
    public static Verdicts.TeamProgress progress(Map<String, Integer> chapters, Collection<String> decided,
            List<TeamMember> team) {
        java.util.Set<String> done = new java.util.HashSet<>(decided);
        done.retainAll(chapters.keySet());
        Map<UUID, Verdicts.Progress> members = new LinkedHashMap<>();
        for (TeamMember member : team) {
            boolean whole = member.chapters().isEmpty()
                    || member.role() == org.acredita.assessments.TeamRole.TEAM_LEADER;
            List<String> share = chapters.entrySet().stream()
                    .filter(e -> whole || member.chapters().contains(e.getValue())).map(Map.Entry::getKey).toList();
            members.put(member.userId(), new Verdicts.Progress((int) share.stream().filter(done::contains).count(),
                    share.size()));
        }
        return new Verdicts.TeamProgress(new Verdicts.Progress(done.size(), chapters.size()), members);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw RuleViolation.onField(field, "assessments.review.tooLong", max);
        }
    }
}
