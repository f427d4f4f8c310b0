package org.acredita.search.internal;

/** A run of a snippet, highlighted when it matched the searched words; templates escape every part. */
public record SnippetPart(String text, boolean highlighted) {
}
