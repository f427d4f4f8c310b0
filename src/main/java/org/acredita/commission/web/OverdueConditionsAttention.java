package org.acredita.commission.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.AgencyAttention;
import org.acredita.commission.Awards;
import org.springframework.stereotype.Component;

/** The Commission's conditions open past their due date, on the agency's page, linking to its Commission page. */
@Component
class OverdueConditionsAttention implements AgencyAttention {

    private final Awards awards;

    OverdueConditionsAttention(Awards awards) {
        this.awards = awards;
    }

    @Override
    public List<Notice> at(UUID agencyId, LocalDate today) {
        long overdue = awards.overdueConditionsAt(agencyId, today);
        return overdue == 0 ? List.of()
                : List.of(new Notice("commission.attention.conditionsOverdue", overdue,
                        "/agencies/" + agencyId + "/commission"));
    }
}
