package org.acredita.readiness.internal;

/**
 * One question of an assessment as it was asked (the area and question copied when the assessment
 * started) with its rating, null while unanswered, and the assessor's note.
 */
public record Answer(Area area, Question question, Rating rating, String note) {

    public boolean answered() {
        return rating != null;
    }

    public boolean scored() {
        return rating != null && rating.applicable();
    }
}
