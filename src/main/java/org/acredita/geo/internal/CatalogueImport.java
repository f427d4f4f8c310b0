package org.acredita.geo.internal;

/**
 * What an import of INEGI's catalogue did. An import never removes a municipality (others may point at
 * it), so {@code total = added + updated}.
 *
 * @param total municipalities in the file
 * @param added codes the catalogue did not hold before
 * @param updated codes it held, whose name and population were refreshed
 */
public record CatalogueImport(int total, int added, int updated) {
}
