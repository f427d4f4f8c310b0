package org.acredita.readiness.internal;

import java.util.List;
import java.util.UUID;

/**
 * A programme's readiness instrument: its areas and questions in order, retired ones included (they
 * are kept for the record and asked no more). The version goes up with every change.
 */
public record Instrument(UUID programmeId, int version, List<Area> areas, List<Question> questions) {

    public Instrument {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
    }

    public List<Question> questionsOf(Area area) {
        return questions.stream().filter(q -> q.areaId().equals(area.id())).toList();
    }

    /** What a new assessment asks: questions in use within areas in use. */
    public List<Question> asked() {
        return areas.stream().filter(a -> !a.retired())
                .flatMap(a -> questionsOf(a).stream().filter(q -> !q.retired())).toList();
    }
}
