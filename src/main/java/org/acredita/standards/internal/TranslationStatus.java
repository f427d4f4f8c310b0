package org.acredita.standards.internal;

/** Whether a standard's texts exist in both languages and whether a person has reviewed the translation. */
public enum TranslationStatus {
    MISSING, MACHINE, REVIEWED
}
