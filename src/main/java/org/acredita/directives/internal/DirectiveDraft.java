package org.acredita.directives.internal;

/** What a person fills in to register a directive. */
public record DirectiveDraft(String code, String title, Kind kind, String owner) {
}
