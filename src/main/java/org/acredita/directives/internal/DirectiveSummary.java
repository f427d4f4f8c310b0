package org.acredita.directives.internal;

/**
 * A directive as listed: its current version (in effect, else the newest) and how much it maps.
 *
 * @param current null when no version has been started
 * @param sections sections of the current version
 * @param mappedElements distinct elements the current version's sections satisfy
 */
public record DirectiveSummary(Directive directive, DirectiveVersion current, int versions, int sections,
        int mappedElements) {
}
