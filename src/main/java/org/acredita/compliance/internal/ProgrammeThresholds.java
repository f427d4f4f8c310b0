package org.acredita.compliance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.compliance.internal.PassThreshold;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Component;

/**
 * The pass threshold of each agency's funded programme (the newest it belongs to, as the lifecycle's time
 * limits choose), or the default for an agency in none: one query for the programmes and one per programme.
 */
@Component
public class ProgrammeThresholds {

    private final Programmes programmes;

    ProgrammeThresholds(Programmes programmes) {
        this.programmes = programmes;
    }

    public Map<UUID, PassThreshold> of(Collection<UUID> agencyIds) {
        Map<UUID, PassThreshold> thresholds = new HashMap<>();
        Set<UUID> remaining = new HashSet<>(agencyIds);
        for (Programme programme : programmes.visible()) {
            if (remaining.isEmpty()) {
                break;
            }
            Set<UUID> members = programmes.memberAgencies(programme);
            for (UUID agencyId : Set.copyOf(remaining)) {
                if (members.contains(agencyId)) {
                    thresholds.put(agencyId, new PassThreshold(programme.settings().passThreshold(),
                            PassThreshold.Source.PROGRAMME, programme.id(), programme.name()));
                    remaining.remove(agencyId);
                }
            }
        }
        remaining.forEach(agencyId -> thresholds.put(agencyId, PassThreshold.byDefault()));
        return thresholds;
    }
}
