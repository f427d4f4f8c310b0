package org.acredita.assessments.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.AgencySummary;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Findings;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.SiteVisits;
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.ReportContent;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.assessments.ReportContent.Result;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.Manuals;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.springframework.stereotype.Component;

/** Gathers a report's content from the assessment, its frozen snapshot and what the team recorded. */
@Component
public class ReportAssembler {

    private final Assessments assessments;
    private final Agencies agencies;
    private final AccreditationFiles files;
    private final Manuals manuals;
    private final Findings findings;
    private final Verdicts verdicts;
    private final PublicComments comments;
    private final SiteVisits visits;
    private final Clock clock;

    ReportAssembler(Assessments assessments, Agencies agencies, AccreditationFiles files, Manuals manuals,
            Findings findings, Verdicts verdicts, PublicComments comments, SiteVisits visits, Clock clock) {
        this.findings = findings;
        this.verdicts = verdicts;
        this.comments = comments;
        this.visits = visits;
        this.assessments = assessments;
        this.agencies = agencies;
        this.files = files;
        this.manuals = manuals;
        this.clock = clock;
    }

    public ReportContent assemble(Assessment assessment, Narrative narrative) {
        List<SnapshotStandard> standards = assessments.standards(assessment.id());
        Map<String, String> scope = assessments.scope(assessment.id());
        Map<String, String> verdicts = standardVerdicts(assessment);
        Map<Integer, Text> titles = chapterTitles(assessment);
        return new ReportContent(agency(assessment), method(assessment, scope, schedule(assessment)),
                assessment.team().stream().map(m -> new ReportContent.Member(m.displayName(), m.role().name(),
                        m.chapters())).toList(),
                results(standards, s -> String.valueOf(s.chapter()), titles, verdicts),
                results(standards, s -> s.level() == null ? "OTHER" : s.level(), Map.of(), verdicts),
                findings(assessment), comments(assessment), narrative, assessment.snapshotHash(), clock.instant());
    }

    private ReportContent.Agency agency(Assessment assessment) {
        AgencySummary summary = agencies.get(assessment.agencyId());
        AgencyProfile profile = summary.profile();
        return new ReportContent.Agency(summary.name(), profile == null ? null : profile.kind().name(),
                profile == null ? null : profile.stateCode(), profile == null ? null : profile.personnel(),
                profile == null ? null : profile.chiefExecutive());
    }

    /** Each standard's own current verdict (not its elements'), by number; undecided standards are absent. */
    private Map<String, String> standardVerdicts(Assessment assessment) {
        Map<String, String> byNumber = new LinkedHashMap<>();
        verdicts.current(assessment.id()).forEach((number, recorded) -> recorded.stream()
                .filter(RecordedVerdict::onStandard).findFirst()
                .ifPresent(verdict -> byNumber.put(number, verdict.verdict().name())));
        return byNumber;
    }

    /** Every finding the team did not withdraw, with the agency's current corrective action. */
    private List<ReportContent.FindingEntry> findings(Assessment assessment) {
        return findings.of(assessment.id()).stream().filter(f -> f.state() != Finding.State.WITHDRAWN)
                .map(f -> new ReportContent.FindingEntry(f.standardNumber(), f.element(), f.severity().name(),
                        f.missing(), f.action() == null ? null : f.action().actions(),
                        f.action() == null ? null : f.action().dueDate(), f.state().name()))
                .toList();
    }

    private ReportContent.CommentSummary comments(Assessment assessment) {
        if (assessment.kind() != AssessmentKind.SITE_BASED_ASSESSMENT) {
            return ReportContent.CommentSummary.NONE;
        }
        return comments.summary(assessment.id()).forReport();
    }

    private List<ReportContent.ScheduleItem> schedule(Assessment assessment) {
        if (assessment.kind() != AssessmentKind.SITE_BASED_ASSESSMENT) {
            return List.of();
        }
        return visits.items(assessment.id()).stream().map(item -> new ReportContent.ScheduleItem(item.kind().name(),
                item.title(), item.startsAt(), item.endsAt(), item.place())).toList();
    }

    private static ReportContent.Method method(Assessment assessment, Map<String, String> scope,
            List<ReportContent.ScheduleItem> schedule) {
        Map<String, Integer> byReason = new TreeMap<>();
        scope.values().forEach(reason -> byReason.merge(reason, 1, Integer::sum));
        return new ReportContent.Method(assessment.kind().name(), assessment.windowStart(), assessment.windowEnd(),
                assessment.scopeMode().name(), assessment.samplePercent(), assessment.sampleSeed(), scope.size(),
                byReason, assessment.startedAt(), schedule);
    }

    private Map<Integer, Text> chapterTitles(Assessment assessment) {
        ManualDocument manual = manuals.document(files.file(assessment.fileId()).editionId());
        Map<Integer, Text> titles = new LinkedHashMap<>();
        manual.chapters().forEach(chapter -> titles.put(chapter.number(), chapter.title()));
        return titles;
    }

    /** Counts by verdict per group, groups in order of first appearance (chapters come in the scope's order). */
    private static List<Result> results(List<SnapshotStandard> standards, Function<SnapshotStandard, String> group,
            Map<Integer, Text> titles, Map<String, String> verdicts) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> inScope = new LinkedHashMap<>();
        Map<String, Text> groupTitles = new LinkedHashMap<>();
        for (SnapshotStandard standard : standards) {
            String key = group.apply(standard);
            inScope.merge(key, 1, Integer::sum);
            counts.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(verdicts.getOrDefault(standard.number(), ReportContent.UNDECIDED), 1, Integer::sum);
            Text title = titles.get(standard.chapter());
            if (title != null && key.equals(String.valueOf(standard.chapter()))) {
                groupTitles.put(key, title);
            }
        }
        return counts.entrySet().stream().map(e -> new Result(e.getKey(), groupTitles.get(e.getKey()),
                inScope.get(e.getKey()), e.getValue())).toList();
    }
}
