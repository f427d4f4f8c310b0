package org.acredita.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedWithProblemsTest {

    @Test
    void listsEveryProblemUnlessToldToListOnlyTheFirst() {
        List<LocatedProblem> problems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            problems.add(LocatedProblem.at("/" + i, "test.problem", i));
        }

        RefusedWithProblems all = new RefusedWithProblems("test.refused", problems);
        RefusedWithProblems first = RefusedWithProblems.listingAtMost(3, "test.refused", problems);

        assertThat(all.problems()).hasSize(5);
        assertThat(all.problemCount()).isEqualTo(5);
        assertThat(first.problems()).extracting(LocatedProblem::location).containsExactly("/0", "/1", "/2");
        assertThat(first.problemCount()).isEqualTo(5);
        assertThat(first.refusalKey()).isEqualTo("test.refused");
    }

    @Test
    void aRefusalNamesAtLeastOneProblem() {
        assertThatThrownBy(() -> new RefusedWithProblems("test.refused", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProblemKeepsItsPlaceKeyAndArguments() {
        RefusedWithProblems refused = RefusedWithProblems.because("test.refused", "Normas!A3", "test.problem", "x", 2);

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("Normas!A3");
            assertThat(problem.messageKey()).isEqualTo("test.problem");
            assertThat(problem.argumentArray()).containsExactly("x", 2);
        });
    }
}
