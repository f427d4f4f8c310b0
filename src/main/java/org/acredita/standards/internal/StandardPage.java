package org.acredita.standards.internal;

import java.util.List;

/** One page of standards in number order. */
public record StandardPage(List<Standard> items, int page, int size, long total) {
}
