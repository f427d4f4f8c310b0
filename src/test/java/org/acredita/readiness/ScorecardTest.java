package org.acredita.readiness;

import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.Area;
import org.acredita.readiness.internal.Question;
import org.acredita.readiness.internal.Rating;
import org.acredita.readiness.internal.Scorecard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scoring and gap rules, on answers built by hand. */
class ScorecardTest {

    private static final Area LEADERSHIP = new Area(UUID.randomUUID(), 0, "Liderazgo", "Leadership", 3, false);
    private static final Area RECORDS = new Area(UUID.randomUUID(), 1, "Registros", "Records", 1, false);

    private static int position;

    private static Answer answer(Area area, int weight, Rating rating) {
        return answer(area, weight, rating, null);
    }

    private static Answer answer(Area area, int weight, Rating rating, String note) {
        Question question = new Question(UUID.randomUUID(), area.id(), position++, "Pregunta " + position,
                "Question " + position, null, null, weight, List.of("4.1." + position), false);
        return new Answer(area, question, rating, note);
    }

    @Test
    void anAreaScoresTheWeightedShareOfPointsOfItsApplicableQuestions() {
        Scorecard card = Scorecard.of(List.of(answer(LEADERSHIP, 3, Rating.FULLY), answer(LEADERSHIP, 1, Rating.ABSENT)));

        // (3 × 4 + 1 × 0) / ((3 + 1) × 4) = 12 / 16
        assertThat(card.areas().get(0).percent()).isCloseTo(75.0, within(1e-9));
        assertThat(card.overall()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void theOverallScoreWeighsAreasByTheirWeight() {
        Scorecard card = Scorecard.of(List.of(answer(LEADERSHIP, 2, Rating.FULLY), answer(RECORDS, 5, Rating.PARTIAL)));

        // leadership 100 % × 3, records 50 % × 1 → 350 / 4
        assertThat(card.overall()).isCloseTo(87.5, within(1e-9));
        assertThat(card.areas()).extracting(a -> a.area().nameEn()).containsExactly("Leadership", "Records");
    }

    @Test
    void notApplicableQuestionsCountNowhere() {
        Scorecard card = Scorecard.of(List.of(answer(LEADERSHIP, 1, Rating.LARGELY),
                answer(LEADERSHIP, 10, Rating.NOT_APPLICABLE), answer(RECORDS, 1, Rating.NOT_APPLICABLE)));

        assertThat(card.areas().get(0).percent()).isCloseTo(75.0, within(1e-9));
        assertThat(card.areas().get(1).percent()).isNull();
        assertThat(card.overall()).as("an area with nothing applicable is left out").isCloseTo(75.0, within(1e-9));
        assertThat(card.answered()).isEqualTo(3);
        assertThat(card.gaps()).isEmpty();
    }

    @Test
    void unansweredQuestionsAreLeftOutOfAProvisionalScore() {
        Scorecard card = Scorecard.of(List.of(answer(LEADERSHIP, 1, Rating.INITIAL), answer(LEADERSHIP, 1, null)));

        assertThat(card.overall()).isCloseTo(25.0, within(1e-9));
        assertThat(card.answered()).isEqualTo(1);
        assertThat(card.total()).isEqualTo(2);
        assertThat(card.complete()).isFalse();
    }

    @Test
    void nothingToScoreGivesNoScoreRatherThanZero() {
        assertThat(Scorecard.of(List.of()).overall()).isNull();
        assertThat(Scorecard.of(List.of(answer(LEADERSHIP, 1, null))).overall()).isNull();
        assertThat(Scorecard.of(List.of(answer(LEADERSHIP, 1, Rating.NOT_APPLICABLE))).overall()).isNull();
        assertThat(Scorecard.of(List.of(answer(LEADERSHIP, 1, Rating.ABSENT))).overall()).isZero();
    }

    @Test
    void gapsAreQuestionsBelowThreeLargestWeightTimesMissingPointsFirstGroupedByArea() {
        Answer small = answer(LEADERSHIP, 1, Rating.ABSENT, "Sin plan");          // 1 × 4 = 4
        Answer large = answer(LEADERSHIP, 3, Rating.PARTIAL);                     // 3 × 2 = 6
        Answer fine = answer(LEADERSHIP, 5, Rating.LARGELY);                      // not a gap
        Answer records = answer(RECORDS, 2, Rating.INITIAL);                      // 2 × 3 = 6
        Scorecard card = Scorecard.of(List.of(small, large, fine, records));

        assertThat(card.gapCount()).isEqualTo(3);
        assertThat(card.gaps()).extracting(g -> g.area().nameEn()).containsExactly("Leadership", "Records");
        List<Scorecard.Gap> leadership = card.gaps().get(0).gaps();
        assertThat(leadership).extracting(Scorecard.Gap::answer).containsExactly(large, small);
        assertThat(leadership).extracting(Scorecard.Gap::priority).containsExactly(6, 4);
        assertThat(leadership.get(1).answer().note()).isEqualTo("Sin plan");
        // Gains add up to what is missing from 100 % (all gaps fully in place, the rest as rated).
        // Leadership: 3/4 of the overall; a weight-3 question of 9 rated 2 of 4 costs 3/4 × 6/36 × 100.
        assertThat(leadership.get(0).gain()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void theGainsOfAllGapsAndLargelyRatedQuestionsAddUpToWhatIsMissing() {
        Scorecard card = Scorecard.of(List.of(answer(LEADERSHIP, 2, Rating.ABSENT), answer(LEADERSHIP, 1, Rating.INITIAL),
                answer(RECORDS, 4, Rating.PARTIAL), answer(RECORDS, 1, Rating.FULLY)));
        double gains = card.gaps().stream().mapToDouble(Scorecard.GapGroup::gain).sum();

        assertThat(card.overall() + gains).isCloseTo(100.0, within(1e-9));
    }
}
