package org.acredita.readiness.internal;

import java.util.List;
import java.util.UUID;

/** A question of the instrument, its weight within its area and the chapters or standards it looks at. */
public record Question(UUID id, UUID areaId, int position, String textEs, String textEn, String guidanceEs,
        String guidanceEn, int weight, List<String> linkedStandards, boolean retired) {

    public Question {
        linkedStandards = List.copyOf(linkedStandards);
    }

    public String text(boolean english) {
        return english ? textEn : textEs;
    }

    public String guidance(boolean english) {
        return english ? guidanceEn : guidanceEs;
    }
}
