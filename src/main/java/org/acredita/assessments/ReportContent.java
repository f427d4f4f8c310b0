package org.acredita.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.standards.Text;

/**
 * Everything an assessment report shows, gathered from the assessment's data. A draft's content is gathered when
 * it is read; releasing a version stores its content, so a released report never changes afterwards. Values that
 * a reader sees translated (kinds, roles, verdicts, levels, states) are kept as codes and translated when shown.
 *
 * @param chapters results by chapter, counts by verdict code ({@link Verdict} names, and {@code UNDECIDED})
 * @param levels the same counts by the standards' level ({@code MANDATORY}, {@code OTHER})
 */
public record ReportContent(Agency agency, Method method, List<Member> team, List<Result> chapters,
        List<Result> levels, List<FindingEntry> findings, CommentSummary comments, Narrative narrative,
        String snapshotHash, Instant assembledAt) {

    /** A verdict count's key when no verdict was recorded. */
    public static final String UNDECIDED = "UNDECIDED";

    public ReportContent {
        team = List.copyOf(team);
        chapters = List.copyOf(chapters);
        levels = List.copyOf(levels);
        findings = List.copyOf(findings);
    }

    /** The agency as it was described when the report was gathered. */
    public record Agency(String name, String kind, String stateCode, Integer personnel, String chiefExecutive) {
    }

    /** How the assessment was run: kind, window, scope and sample, and the visit's schedule. */
    public record Method(String kind, LocalDate windowStart, LocalDate windowEnd, String scopeMode,
            Integer samplePercent, Long sampleSeed, int inScope, Map<String, Integer> byReason, Instant startedAt,
            List<ScheduleItem> schedule) {

        public Method {
            byReason = Map.copyOf(byReason);
            schedule = List.copyOf(schedule);
        }
    }

    /** An activity of the visit (interview, observation, tour, public session), when and where. */
    public record ScheduleItem(String kind, String title, Instant startsAt, Instant endsAt, String place) {
    }

    public record Member(String name, String role, List<Integer> chapters) {

        public Member {
            chapters = List.copyOf(chapters);
        }
    }

    /**
     * Counts by verdict for a chapter (key: its number, title set) or a level (key: the level's code, no title).
     */
    public record Result(String key, Text title, int inScope, Map<String, Integer> byVerdict) {

        public Result {
            byVerdict = Map.copyOf(byVerdict);
        }

        public int count(String verdict) {
            return byVerdict.getOrDefault(verdict, 0);
        }
    }

    /** A finding with the agency's corrective action and where it stands. */
    public record FindingEntry(String standardNumber, String element, String severity, String missing,
            String correctiveAction, LocalDate due, String state) {
    }

    /** The public comment received about the agency: how many, what happened to them, the accepted texts. */
    public record CommentSummary(int received, int accepted, int rejected, List<String> acceptedTexts) {

        public static final CommentSummary NONE = new CommentSummary(0, 0, 0, List.of());

        public CommentSummary {
            acceptedTexts = List.copyOf(acceptedTexts);
        }
    }

    /** Strengths and recommendations, written by the team leader in either language or both. */
    public record Narrative(String strengthsEs, String strengthsEn, String recommendationsEs,
            String recommendationsEn) {

        public static final Narrative EMPTY = new Narrative("", "", "", "");

        public Narrative {
            strengthsEs = strengthsEs == null ? "" : strengthsEs.strip();
            strengthsEn = strengthsEn == null ? "" : strengthsEn.strip();
            recommendationsEs = recommendationsEs == null ? "" : recommendationsEs.strip();
            recommendationsEn = recommendationsEn == null ? "" : recommendationsEn.strip();
        }

        /** The strengths in {@code language} ("es" or "en"), empty when not written in it. */
        public String strengths(String language) {
            return "en".equals(language) ? strengthsEn : strengthsEs;
        }

        public String recommendations(String language) {
            return "en".equals(language) ? recommendationsEn : recommendationsEs;
        }
    }
}
