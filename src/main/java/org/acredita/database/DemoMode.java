package org.acredita.database;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Whether demo data may be seeded: only when asked for, only on the embedded database, and never under
 * the 'prod' profile, so a real deployment never gets known passwords or invented agencies.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean applies(Environment environment) {
        return environment.getProperty("acredita.demo.enabled", Boolean.class, false)
                && environment.getProperty("acredita.database.embedded", Boolean.class, false)
                && !environment.acceptsProfiles(Profiles.of("prod"));
    }
}
