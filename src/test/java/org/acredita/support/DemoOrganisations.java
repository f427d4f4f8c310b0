package org.acredita.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds the demo organisations' ids (they are random per database) by a word of their name. */
public final class DemoOrganisations {

    private DemoOrganisations() {
    }

    /** Reads with the system scope, as a test fixture, never as a caller. */
    public static UUID id(JdbcClient jdbc, String nameFragment) {
        return org.acredita.access.CurrentScope.runAs(org.acredita.access.AccessScope.SYSTEM, () ->
                jdbc.sql("select id from organisation where name like ?").param("%" + nameFragment + "%")
                        .query(UUID.class).single());
    }

    public static UUID police(JdbcClient jdbc) {
        return id(jdbc, "Querétaro");
    }

    /** The demo police force's accreditation file, as its id in text (as the APIs' paths take it). */
    public static String policeFile(JdbcClient jdbc) {
        UUID police = police(jdbc);
        return org.acredita.access.CurrentScope.runAs(org.acredita.access.AccessScope.SYSTEM, () ->
                jdbc.sql("select id::text from accreditation_file where agency_id = ?").param(police)
                        .query(String.class).single());
    }

    public static UUID c5(JdbcClient jdbc) {
        return id(jdbc, "C5");
    }

    public static UUID academy(JdbcClient jdbc) {
        return id(jdbc, "Academia");
    }
}
