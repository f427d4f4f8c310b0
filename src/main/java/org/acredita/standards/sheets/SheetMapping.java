package org.acredita.standards.sheets;

import java.util.List;
import java.util.Map;
import org.acredita.access.LocatedProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.JsonNode;

/**
 * A spreadsheet read as a manual document tree, with the cell each part came from, so a problem the
 * schema or the validator finds in the tree is reported at the cell the user typed it in.
 *
 * @param origins JSON pointers in the document to the cells they were read from
 * @param csv whether the file was CSV (rows are lines; the sheet name means nothing to the user)
 */
public record SheetMapping(JsonNode tree, Map<String, Cell> origins, boolean csv) {

    public SheetMapping {
        origins = Map.copyOf(origins);
    }

    /**
     * The problem at the cell of the nearest part of the document that has one, its message prefixed
     * with that cell in the reader's language (the message source resolves the nested message).
     */
    public LocatedProblem relocate(LocatedProblem problem) {
        String location = problem.location();
        while (location.startsWith("/") && location.length() > 1) {
            Cell cell = origins.get(location);
            if (cell != null) {
                return at(cell, problem.messageKey(), problem.arguments(), csv);
            }
            location = location.substring(0, location.lastIndexOf('/'));
        }
        return problem;
    }

    static LocatedProblem at(Cell cell, String messageKey, List<Object> arguments, boolean csv) {
        Object message = new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.toArray());
        if (csv) {
            return LocatedProblem.at(cell.a1(), "standards.sheets.at.csv", String.valueOf(cell.row()),
                    SheetLayout.letter(cell.column()), message);
        }
        return LocatedProblem.at(cell.sheet() + "!" + cell.a1(), "standards.sheets.at.xlsx", cell.sheet(), cell.a1(),
                message);
    }
}
