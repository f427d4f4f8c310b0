package org.acredita.readiness.internal;

/** An area as typed, before the rules have checked it. */
public record AreaDraft(String nameEs, String nameEn, Integer weight) {
}
