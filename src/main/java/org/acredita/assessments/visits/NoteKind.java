package org.acredita.assessments.visits;

/** A team note records what was heard in an interview or seen in an observation. */
public enum NoteKind {
    INTERVIEW, OBSERVATION
}
