package org.acredita.training;

import java.math.BigDecimal;

/** A programme's training at a glance: events held, people trained (each counted once) and hours attended. */
public record TrainingTally(long events, long peopleTrained, BigDecimal hours) {
}
