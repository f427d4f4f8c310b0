package org.acredita.directives.internal;

public record SectionDraft(String number, String heading, String excerpt) {
}
