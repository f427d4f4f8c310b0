package org.acredita.directives;

public record SectionDraft(String number, String heading, String excerpt) {
}
