package org.acredita.agencies.internal;

import org.acredita.agencies.AgencySummary;
import java.util.List;

/**
 * One page of the agencies the caller may see that match a filter.
 *
 * @param number the page, from 1
 * @param total how many agencies match across all pages
 */
public record AgencyPage(List<AgencySummary> agencies, int number, int size, long total) {

    public AgencyPage {
        agencies = List.copyOf(agencies);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The position of the first agency on this page, from 1 (0 when the page is empty). */
    public long first() {
        return agencies.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long last() {
        return agencies.isEmpty() ? 0 : first() + agencies.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }
}
