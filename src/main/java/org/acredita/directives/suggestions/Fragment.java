package org.acredita.directives.suggestions;

/** A stretch of a standard's text, marked when it is one of the words the section matched; pages escape it as text. */
public record Fragment(String text, boolean matched) {
}
