package org.acredita.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void appliesOnlyWhenAskedForOnTheEmbeddedDatabaseAndNeverUnderProd() {
        assertThat(DemoMode.applies(environment(true, true))).isTrue();
        assertThat(DemoMode.applies(environment(false, true))).isFalse();
        assertThat(DemoMode.applies(environment(true, false))).isFalse();
        MockEnvironment prod = environment(true, true);
        prod.setActiveProfiles("prod");
        assertThat(DemoMode.applies(prod)).isFalse();
    }

    private static MockEnvironment environment(boolean demo, boolean embedded) {
        return new MockEnvironment().withProperty("acredita.demo.enabled", String.valueOf(demo))
                .withProperty("acredita.database.embedded", String.valueOf(embedded));
    }
}
