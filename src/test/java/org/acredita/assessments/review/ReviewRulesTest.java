package org.acredita.assessments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.TeamRole;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.internal.Visibility;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();

    @Test
    void notApplicableNeedsAReasonAndBlankTextsCountAsNone() {
        assertThatThrownBy(() -> ReviewRules.clean(new Verdicts.Choice(Verdict.NOT_APPLICABLE, null, "  ", null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("assessments.review.reasonRequired");
        assertThatThrownBy(() -> ReviewRules.clean(new Verdicts.Choice(null, null, null, null, null)))
                .hasMessage("assessments.review.verdictRequired");
        Verdicts.Choice clean = ReviewRules.clean(new Verdicts.Choice(Verdict.IN_COMPLIANCE, " ", " ", " ok ", ""));
        assertThat(clean).isEqualTo(new Verdicts.Choice(Verdict.IN_COMPLIANCE, null, null, "ok", null));
    }

    @Test
    void tooLongTextsAreRefusedNamingTheField() {
        String long4001 = "x".repeat(4001);
        assertThatThrownBy(() -> ReviewRules.clean(new Verdicts.Choice(Verdict.IN_COMPLIANCE, null, null, null,
                long4001))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("teamNote"));
    }

    @Test
    void progressCountsStandardsDecidedForTheTeamAndForEachMembersChapters() {
        Map<String, Integer> chapters = new LinkedHashMap<>();
        chapters.put("1.1.1", 1);
        chapters.put("1.1.2", 1);
        chapters.put("2.1.1", 2);
        chapters.put("3.1.1", 3);
        UUID other = UUID.randomUUID();
        UUID leader = UUID.randomUUID();
        Verdicts.TeamProgress progress = ReviewRules.progress(chapters, List.of("1.1.1", "2.1.1", "9.9.9"), List.of(
                new TeamMember(ME, "Yo", TeamRole.ASSESSOR, List.of(1)),
                new TeamMember(other, "Otra", TeamRole.ASSESSOR, List.of()),
                new TeamMember(leader, "Líder", TeamRole.TEAM_LEADER, List.of(3))));
        assertThat(progress.team()).isEqualTo(new Verdicts.Progress(2, 4));
        assertThat(progress.members().get(ME)).isEqualTo(new Verdicts.Progress(1, 2));
        assertThat(progress.members().get(other)).isEqualTo(new Verdicts.Progress(2, 4));
        assertThat(progress.members().get(leader).inScope()).isEqualTo(4);
        assertThat(new Verdicts.Progress(1, 3).percent()).isEqualTo(33);
    }

    @Test
    void aTeamMemberDecidesTheirChaptersTheLeaderAndProgrammeStaffEverything() {
        AccessScope assessor = scope(Role.ASSESSOR);
        TeamMember chapterOne = new TeamMember(ME, "Yo", TeamRole.ASSESSOR, List.of(1));
        assertThat(Visibility.mayDecide(assessor, AGENCY, chapterOne, 1)).isTrue();
        assertThat(Visibility.mayDecide(assessor, AGENCY, chapterOne, 2)).isFalse();
        assertThat(Visibility.mayDecide(assessor, AGENCY, null, 1)).isFalse();
        assertThat(Visibility.mayDecide(assessor, AGENCY, new TeamMember(ME, "Yo", TeamRole.TEAM_LEADER, List.of(1)),
                2)).isTrue();
        assertThat(Visibility.mayDecide(scope(Role.PROGRAMME_MANAGER), AGENCY, null, 7)).isTrue();
        AccessScope readOnly = new AccessScope(ME, "f", null, Set.of(Role.PROGRAMME_MANAGER), Reach.ALL, Reach.NONE);
        assertThat(Visibility.mayDecide(readOnly, AGENCY, null, 7)).isFalse();
    }

    @Test
    void theTeamSeesTheReviewOnlyFromTheWindowsStartProgrammeStaffAlways() {
        AccessScope assessor = scope(Role.ASSESSOR);
        assertThat(Visibility.seesReview(assessor, AGENCY, AssessmentKind.REMOTE_FILE_REVIEW, true, false)).isFalse();
        assertThat(Visibility.seesReview(assessor, AGENCY, AssessmentKind.REMOTE_FILE_REVIEW, true, true)).isTrue();
        assertThat(Visibility.seesReview(assessor, AGENCY, AssessmentKind.REMOTE_FILE_REVIEW, false, true)).isFalse();
        assertThat(Visibility.seesReview(scope(Role.PROGRAMME_MANAGER), AGENCY, AssessmentKind.REMOTE_FILE_REVIEW,
                false, false)).isTrue();
        assertThat(Visibility.seesReview(scope(Role.ADVISOR), AGENCY, AssessmentKind.REMOTE_FILE_REVIEW, false, true))
                .as("advisors see the body's reviews' status only").isFalse();
        assertThat(Visibility.seesReview(scope(Role.ADVISOR), AGENCY, AssessmentKind.MOCK_ASSESSMENT, true, true))
                .isTrue();
    }

    private static AccessScope scope(Role role) {
        return new AccessScope(ME, "u", null, Set.of(role), Reach.of(Set.of(AGENCY)), Reach.of(Set.of(AGENCY)));
    }
}
