package org.acredita.directives;

import java.util.List;

/**
 * A section of a directive in effect as mapped to one standard: the directive, the version, the section's
 * number, heading and text, and the standard's elements it covers (empty for a standard without elements).
 */
public record MappedSection(String directiveCode, String directiveTitle, String versionLabel, String sectionNumber,
        String heading, String text, List<String> elements) {

    public MappedSection {
        elements = List.copyOf(elements);
    }
}
