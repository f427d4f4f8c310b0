package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.notifications.internal.NotificationKind;
import org.acredita.proofs.DueProof;
import org.acredita.proofs.Proofs;
import org.acredita.proofs.SlotState;
import org.springframework.stereotype.Component;

/**
 * Time-sensitive standards' proofs: the people who should hear about the agency are told once when a period
 * is about to end without its proof, and once when it ended without one (only for periods that ended
 * recently, so a file with old gaps does not flood anyone).
 */
@Component
class ProofReminders implements ReminderSource {

    static final int DAYS_BEFORE = 14;
    static final int MISSED_WITHIN = 30;

    private final Proofs proofs;

    ProofReminders(Proofs proofs) {
        this.proofs = proofs;
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        return proofs.due(today, DAYS_BEFORE, MISSED_WITHIN).stream().map(due -> {
            boolean missing = due.slot().state() == SlotState.MISSING;
            NotificationKind kind = missing ? NotificationKind.PROOF_MISSING : NotificationKind.PROOF_DUE;
            return ReminderEvent.forAgency(due.agencyId(), kind, kind + ":" + due.key() + ":" + due.slot().to(),
                    parameters(due, today), due.link());
        }).toList();
    }

    private static Map<String, String> parameters(DueProof due, LocalDate today) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("agency", due.agencyName());
        parameters.put("number", due.number());
        if (due.title() != null && due.title().es() != null) {
            parameters.put("standard_es", due.title().es());
        }
        if (due.title() != null && due.title().en() != null) {
            parameters.put("standard_en", due.title().en());
        }
        parameters.put("due", due.slot().to().toString());
        parameters.put("days", String.valueOf(Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today,
                due.slot().to()))));
        return parameters;
    }
}
