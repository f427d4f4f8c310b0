package org.acredita.distribution.internal;

import java.util.List;

/** A distribution, the versions it sent and its progress per unit. */
public record Progress(Distribution distribution, List<SentDocument> documents, List<Counts> units) {
}
