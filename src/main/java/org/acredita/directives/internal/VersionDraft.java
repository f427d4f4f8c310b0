package org.acredita.directives.internal;

/**
 * A new version as a person starts it.
 *
 * @param copySections whether the sections and their mappings of the latest version come along, so work is not lost
 */
public record VersionDraft(String label, String changeSummary, String body, Boolean copySections) {

    public boolean copying() {
        return Boolean.TRUE.equals(copySections);
    }
}
