package org.acredita.agencies.web;

import java.util.List;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;

/** An enrolment as the page shows it: with the steps the reader may record and the days to the deadline. */
public record EnrolmentCard(Enrolment enrolment, List<Phase> next, Long daysToDeadline) {

    public boolean overdue() {
        return daysToDeadline != null && daysToDeadline < 0;
    }
}
