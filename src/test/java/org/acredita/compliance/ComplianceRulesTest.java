package org.acredita.compliance;

import org.acredita.compliance.internal.ChapterCount;
import org.acredita.compliance.internal.ComplianceRules;
import org.acredita.compliance.internal.ComplianceTrend;
import org.acredita.compliance.internal.FileReadiness;
import org.acredita.compliance.internal.LevelCount;
import org.acredita.compliance.internal.PassThreshold;
import org.acredita.compliance.internal.TrendPoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.ExceptionRequest;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.selfassessment.StatusChange;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import org.junit.jupiter.api.Test;

/** The pass rule, the blockers it names and the trend replayed from history, without a database. */
class ComplianceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final UUID FILE = UUID.randomUUID();
    private static final UUID AGENCY = UUID.randomUUID();
    private static final PassThreshold EIGHTY = PassThreshold.byDefault();

    private static FileStandard standard(String number, Level level, StandardStatus status) {
        return standard(number, level, status, null, null, null);
    }

    private static FileStandard standard(String number, Level level, StandardStatus status, ExceptionRequest request,
            LocalDate waivedUntil, LocalDate due) {
        return new FileStandard(FILE, AGENCY, number, Integer.parseInt(number.split("\\.")[0]), Text.of("t", "t"),
                level, List.of(), status, null, due, null, request, null, null, waivedUntil);
    }

    private static FileReadiness assess(List<FileStandard> standards, int threshold) {
        return ComplianceRules.assess(contents(standards), "Institución de prueba",
                new PassThreshold(threshold, PassThreshold.Source.PROGRAMME, UUID.randomUUID(), "P"), List.of());
    }

    private static FileContents contents(List<FileStandard> standards) {
        return new FileContents(new AccreditationFile(FILE, AGENCY, AccreditationProgramme.LAW_ENFORCEMENT, UUID.randomUUID(),
                null, Instant.parse("2026-09-01T12:00:00Z")), standards, Map.of(), TODAY);
    }

    /** Ten other-than-mandatory standards, this many of them in compliance. */
    private static List<FileStandard> others(int met) {
        List<FileStandard> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            list.add(standard("2.1." + i, Level.OTHER, i <= met ? StandardStatus.IN_COMPLIANCE
                    : StandardStatus.IN_PROGRESS));
        }
        return list;
    }

    @Test
    void otherThanMandatoryPassAtTheThresholdShareOfTheApplicable() {
        assertThat(ComplianceRules.needed(8, 10, 80)).isZero();
        assertThat(ComplianceRules.needed(7, 10, 80)).isEqualTo(1);
        assertThat(ComplianceRules.needed(0, 0, 80)).isZero();
        assertThat(ComplianceRules.needed(3, 4, 80)).isEqualTo(1);
        assertThat(ComplianceRules.needed(4, 5, 80)).isZero();
        assertThat(ComplianceRules.needed(79, 99, 80)).isEqualTo(1);
        assertThat(ComplianceRules.needed(80, 99, 80)).isZero();
        assertThat(ComplianceRules.needed(5, 10, 100)).isEqualTo(5);

        FileReadiness eight = assess(others(8), 80);
        assertThat(eight.wouldPass()).isTrue();
        assertThat(eight.blockers()).isEmpty();
        assertThat(eight.otherThanMandatory()).isEqualTo(new LevelCount(8, 10));

        FileReadiness seven = assess(others(7), 80);
        assertThat(seven.wouldPass()).isFalse();
        assertThat(seven.blockers()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ComplianceBlocker.OTHER_BELOW_THRESHOLD);
            assertThat(b.details()).containsEntry("needed", 1).containsEntry("threshold", 80);
        });
        assertThat(assess(others(7), 70).wouldPass()).isTrue();
    }

    @Test
    void noApplicableStandardsPassAndNotApplicableOnesDoNotCount() {
        assertThat(assess(List.of(), 80).wouldPass()).isTrue();
        List<FileStandard> standards = new ArrayList<>(others(8));
        standards.add(standard("1.1.1", Level.MANDATORY, StandardStatus.NOT_APPLICABLE));
        standards.add(standard("2.2.1", Level.OTHER, StandardStatus.NOT_APPLICABLE));
        FileReadiness readiness = assess(standards, 80);
        assertThat(readiness.mandatory()).isEqualTo(new LevelCount(0, 0));
        assertThat(readiness.otherThanMandatory()).isEqualTo(new LevelCount(8, 10));
        assertThat(readiness.wouldPass()).isTrue();
        assertThat(readiness.count(StandardStatus.NOT_APPLICABLE)).isEqualTo(2);
        assertThat(readiness.total()).isEqualTo(12);
    }

    @Test
    void everyUnmetMandatoryStandardBlocksWithWhyInNumberOrder() {
        List<FileStandard> standards = List.of(
                standard("1.1.1", Level.MANDATORY, StandardStatus.IN_COMPLIANCE),
                standard("1.1.2", Level.MANDATORY, StandardStatus.RETURNED),
                standard("1.1.3", Level.MANDATORY, StandardStatus.WAIVED, null, TODAY, null),
                standard("1.1.4", Level.MANDATORY, StandardStatus.WAIVED, null, TODAY.minusDays(1), null),
                standard("1.1.5", Level.MANDATORY, StandardStatus.NOT_STARTED, ExceptionRequest.NOT_APPLICABLE, null,
                        null),
                standard("1.1.6", Level.MANDATORY, StandardStatus.READY_FOR_REVIEW));
        FileReadiness readiness = assess(standards, 80);
        assertThat(readiness.mandatory()).isEqualTo(new LevelCount(2, 6));
        assertThat(readiness.wouldPass()).isFalse();
        assertThat(readiness.blockers()).extracting(ComplianceBlocker::kind, ComplianceBlocker::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANDATORY_NOT_MET", "1.1.2"),
                org.assertj.core.groups.Tuple.tuple("WAIVER_EXPIRED", "1.1.4"),
                org.assertj.core.groups.Tuple.tuple("REQUEST_PENDING", "1.1.5"),
                org.assertj.core.groups.Tuple.tuple("MANDATORY_NOT_MET", "1.1.6"));
        assertThat(readiness.blockers().get(0).details()).containsEntry("status", "RETURNED");
        assertThat(readiness.blockers().get(1).details()).containsEntry("waivedUntil", TODAY.minusDays(1));
        assertThat(readiness.blockers().get(2).details()).containsEntry("request", "NOT_APPLICABLE");
    }

    @Test
    void pendingRequestsAndLapsedWaiversOfOtherStandardsBlockOnlyBelowTheThreshold() {
        List<FileStandard> standards = new ArrayList<>(others(8));
        standards.set(9, standard("2.1.10", Level.OTHER, StandardStatus.IN_PROGRESS, ExceptionRequest.WAIVER, null,
                null));
        assertThat(assess(standards, 80).blockers()).isEmpty();
        standards.set(7, standard("2.1.8", Level.OTHER, StandardStatus.WAIVED, null, TODAY.minusDays(3), null));
        assertThat(assess(standards, 80).blockers()).extracting(ComplianceBlocker::kind).containsExactly(
                "OTHER_BELOW_THRESHOLD", "WAIVER_EXPIRED", "REQUEST_PENDING");
    }

    @Test
    void blockersFromOtherModulesKeepTheFileFromPassing() {
        ComplianceBlocker missing = new ComplianceBlocker("MISSING_PROOF", "2.1.1", Level.OTHER,
                "compliance.blocker.MANDATORY_NOT_MET", List.of("2.1.1", "x"), Map.of("cycleYear", 1));
        FileReadiness readiness = ComplianceRules.assess(contents(others(10)), "x", EIGHTY, List.of(missing));
        assertThat(readiness.wouldPass()).isFalse();
        assertThat(readiness.blockers()).containsExactly(missing);
    }

    @Test
    void chaptersOverdueAndOverallCount() {
        List<FileStandard> standards = List.of(
                standard("1.1.1", Level.MANDATORY, StandardStatus.IN_COMPLIANCE),
                standard("1.1.2", Level.OTHER, StandardStatus.IN_PROGRESS, null, null, TODAY.minusDays(1)),
                standard("3.1.1", Level.OTHER, StandardStatus.READY_FOR_REVIEW, null, null, TODAY.minusDays(5)),
                standard("3.1.2", Level.OTHER, StandardStatus.NOT_STARTED, null, null, TODAY));
        FileReadiness readiness = assess(standards, 80);
        assertThat(readiness.overdue()).extracting(FileStandard::number).containsExactly("1.1.2");
        assertThat(readiness.chapters()).extracting(ChapterCount::chapter).containsExactly(1, 3);
        assertThat(readiness.chapters().get(0).met()).isEqualTo(new LevelCount(1, 2));
        assertThat(readiness.chapters().get(1).count(StandardStatus.READY_FOR_REVIEW)).isEqualTo(1);
        assertThat(readiness.overall()).isEqualTo(new LevelCount(1, 4));
        assertThat(readiness.overall().percent()).isEqualTo(25);
    }

    @Test
    void trendReplaysTheHistoryWeekByWeekThenMonthByMonth() {
        ZoneId zone = ZoneId.of("America/Mexico_City");
        List<FileStandard> now = List.of(
                standard("1.1.1", Level.MANDATORY, StandardStatus.IN_COMPLIANCE),
                standard("1.1.2", Level.OTHER, StandardStatus.NOT_APPLICABLE),
                standard("1.1.3", Level.OTHER, StandardStatus.IN_PROGRESS));
        List<StatusChange> history = List.of(
                new StatusChange("1.1.1", StandardStatus.NOT_STARTED, StandardStatus.IN_PROGRESS,
                        Instant.parse("2026-11-03T16:00:00Z")),
                new StatusChange("1.1.1", StandardStatus.IN_PROGRESS, StandardStatus.IN_COMPLIANCE,
                        Instant.parse("2026-11-10T16:00:00Z")),
                new StatusChange("1.1.2", StandardStatus.NOT_STARTED, StandardStatus.NOT_APPLICABLE,
                        Instant.parse("2026-11-20T16:00:00Z")),
                new StatusChange("9.9.9", StandardStatus.NOT_STARTED, StandardStatus.IN_COMPLIANCE,
                        Instant.parse("2026-11-20T16:00:00Z")));
        List<TrendPoint> trend = ComplianceTrend.of(now, history, LocalDate.of(2026, 11, 2), TODAY, zone);
        assertThat(trend).containsExactly(
                new TrendPoint(LocalDate.of(2026, 11, 8), 0, 3),
                new TrendPoint(LocalDate.of(2026, 11, 15), 1, 3),
                new TrendPoint(LocalDate.of(2026, 11, 22), 1, 2),
                new TrendPoint(TODAY, 1, 2));

        assertThat(ComplianceTrend.of(now, List.of(), TODAY, TODAY, zone)).containsExactly(new TrendPoint(TODAY, 1, 2));
        List<LocalDate> monthly = ComplianceTrend.ends(LocalDate.of(2025, 1, 15), TODAY);
        assertThat(monthly).hasSize(23).startsWith(LocalDate.of(2025, 1, 31)).endsWith(LocalDate.of(2026, 10, 31), TODAY);
    }
}
