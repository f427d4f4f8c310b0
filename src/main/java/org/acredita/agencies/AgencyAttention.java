package org.acredita.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Another module's word on what needs attention at an agency, shown on the agency's page (assessments: overdue
 * corrective actions), so this module needs no dependency on it. A bean implementing this is asked in the
 * caller's scope and answers only what the caller may see; with none, the page shows nothing more.
 */
public interface AgencyAttention {

    /** What needs attention at the agency today, empty when nothing does. */
    List<Notice> at(UUID agencyId, LocalDate today);

    /**
     * The same kind of attention counted across many agencies for a programme's dashboard (one query, not one per
     * agency); href may be null. None unless the source offers a programme figure.
     */
    default List<Notice> across(java.util.Collection<UUID> agencyIds, LocalDate today) {
        return List.of();
    }

    /**
     * One line for the page: a message key taking the count (both languages in the implementing module's bundle)
     * and the page where it is acted on.
     */
    record Notice(String messageKey, long count, String href) {
    }
}
