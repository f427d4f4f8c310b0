package org.acredita.standards.internal;

import org.acredita.standards.Level;

/**
 * What to look for among an edition's standards; null means any.
 *
 * @param q the start of a number (4.2) or words of the title in either language, accents ignored
 */
public record StandardFilter(String q, Level level, Boolean timeSensitive) {

    public static final StandardFilter ANY = new StandardFilter(null, null, null);
}
