package org.acredita.standards.sheets;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet file as text, whatever its format: the edition's metadata by column name with the cell
 * each value came from, and the rows of the "standards" sheet after its header.
 */
record SheetContent(Map<String, String> metadata, Map<String, Cell> metadataCells, List<SheetRow> standards) {

    SheetContent {
        metadata = Map.copyOf(metadata);
        metadataCells = Map.copyOf(metadataCells);
        standards = List.copyOf(standards);
    }
}
