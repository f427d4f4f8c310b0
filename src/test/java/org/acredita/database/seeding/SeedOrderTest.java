package org.acredita.database.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Set;
import org.acredita.database.DemoSeed;
import org.junit.jupiter.api.Test;

class SeedOrderTest {

    @Test
    void everySeedRunsAfterTheSeedsItNamesAndFreeSeedsByName() {
        List<DemoSeed> seeds = List.of(seed("proofs.police-file", "selfassessment.police-file"),
                seed("selfassessment.police-file", "agencies.lifecycles", "identity.organisations-and-people"),
                seed("agencies.lifecycles", "programmes.programme", "standards.manuals"),
                seed("programmes.programme", "identity.organisations-and-people"), seed("standards.manuals"), seed("identity.organisations-and-people"),
                seed("agencies.contacts", "identity.organisations-and-people"));

        assertThat(SeedOrder.of(seeds)).extracting(DemoSeed::name).containsExactly("identity.organisations-and-people",
                "agencies.contacts", "programmes.programme", "standards.manuals", "agencies.lifecycles",
                "selfassessment.police-file", "proofs.police-file");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderTheSeedsAreFoundIn() {
        List<DemoSeed> one = List.of(seed("b"), seed("a"), seed("c", "b"), seed("d", "a"));
        List<DemoSeed> other = List.of(seed("d", "a"), seed("c", "b"), seed("a"), seed("b"));

        assertThat(SeedOrder.of(one)).extracting(DemoSeed::name).containsExactly("a", "b", "c", "d");
        assertThat(SeedOrder.of(other)).extracting(DemoSeed::name).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aCycleIsRefusedNamingItsSeeds() {
        List<DemoSeed> seeds = List.of(seed("identity.organisations-and-people"), seed("a.first", "identity.organisations-and-people", "c.third"),
                seed("b.second", "a.first"), seed("c.third", "b.second"), seed("d.after", "c.third"));

        assertThatIllegalStateException().isThrownBy(() -> SeedOrder.of(seeds))
                .withMessage("Demo seeds wait on each other: a.first → c.third → b.second → a.first");
    }

    @Test
    void aSeedWaitingOnItselfIsACycle() {
        assertThatIllegalStateException().isThrownBy(() -> SeedOrder.of(List.of(seed("a", "a"))))
                .withMessage("Demo seeds wait on each other: a → a");
    }

    @Test
    void aPrerequisiteNoSeedDeclaresIsRefused() {
        List<DemoSeed> seeds = List.of(seed("identity.organisations-and-people"), seed("proofs.police-file", "selfassessment.police-file"));

        assertThatIllegalStateException().isThrownBy(() -> SeedOrder.of(seeds))
                .withMessage("Demo seed proofs.police-file runs after selfassessment.police-file, which no seed declares");
    }

    @Test
    void twoSeedsOfOneNameAreRefused() {
        assertThatIllegalStateException().isThrownBy(() -> SeedOrder.of(List.of(seed("a"), seed("a"))))
                .withMessage("Two demo seeds are named a");
    }

    @Test
    void noSeedsIsNothingToDo() {
        assertThat(SeedOrder.of(List.of())).isEmpty();
    }

    private static DemoSeed seed(String name, String... after) {
        return new DemoSeed() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> after() {
                return Set.of(after);
            }

            @Override
            public void seed() {
            }
        };
    }
}
