package org.acredita.database;

import java.util.Set;

/**
 * The demo data one module seeds. A module's seeder is a bean implementing this; the database module's
 * {@code DemoSeeding} runs every seed once at start-up in {@link DemoMode}, each after the seeds it names, as
 * {@code AccessScope.SEEDING} and, unless it says otherwise, in one transaction of its own.
 *
 * <p>Seeds name each other by key rather than by class: a seed's prerequisites usually live in modules it has
 * no other reason to know (and seeders sit in their module's internal {@code demo} package), so a class
 * reference would add arrows between modules for demo data alone. A key nobody declares, or a cycle, stops the
 * start with a message naming them.
 *
 * <p>Every start runs every seed again, so a seed checks first whether an earlier start (or another node)
 * already wrote its data and then leaves it as it is.
 */
public interface DemoSeed {

    /** The key other seeds name: {@code <module>.<what>}, e.g. {@code programmes.programme}. */
    String name();

    /** The keys of the seeds whose data this one builds on; they run first. */
    default Set<String> after() {
        return Set.of();
    }

    /** Writes this seed's data unless it is already there. */
    void seed();

    /**
     * False for a seed that opens its own transactions: one that must commit before it goes on, or one that
     * works under another scope, whose connection must be taken under that scope.
     */
    default boolean inOneTransaction() {
        return true;
    }
}
