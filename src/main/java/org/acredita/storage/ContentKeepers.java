package org.acredita.storage;

import java.util.Collection;
import java.util.Set;

/**
 * A module that keeps referring to stored content after the stored-file row that brought it in is gone (an
 * assessment's frozen snapshot names the proofs it was given by their SHA-256): the clean-up never removes
 * content a keeper still names. Implemented as a bean by each such module; storage reads no other module's table.
 */
public interface ContentKeepers {

    /** Which of these contents (SHA-256, lower-case hex) the module still needs. */
    Set<String> kept(Collection<String> sha256s);
}
