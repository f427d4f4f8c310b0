package org.acredita.standards.internal;

import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import java.util.UUID;

/**
 * A standard as listed and searched: its number, texts and the attributes filters work on.
 *
 * @param frequency how often it must be proven, or null when it is not time-sensitive
 */
public record Standard(UUID id, String number, Text title, Text statement, Level level, Frequency frequency,
        TranslationStatus translation) {

    public boolean timeSensitive() {
        return frequency != null;
    }
}
