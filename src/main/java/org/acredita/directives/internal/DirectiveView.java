package org.acredita.directives.internal;

import java.util.List;
import java.util.Optional;

/** A directive with its versions, newest first. */
public record DirectiveView(Directive directive, List<VersionView> versions) {

    /** The version in effect, if any. */
    public Optional<VersionView> inEffect() {
        return versions.stream().filter(v -> v.version().status() == VersionStatus.IN_EFFECT).findFirst();
    }
}
