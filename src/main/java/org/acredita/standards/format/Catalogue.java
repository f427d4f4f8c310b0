package org.acredita.standards.format;

import java.util.Optional;
import java.util.Set;

/** What a manual file may refer to outside itself: vocabularies and the editions already stored. */
public interface Catalogue {

    boolean programmeExists(String code);

    boolean functionExists(String code);

    boolean editionExists(String code, String version);

    /** The standard numbers of a stored edition, empty when there is no such edition. */
    Optional<Set<String>> standardNumbers(String code, String version);
}
