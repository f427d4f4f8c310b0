package org.acredita.personnel.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.personnel.PersonStatus;
import org.acredita.spreadsheets.CsvTable;
import org.acredita.spreadsheets.TableRow;
import org.acredita.spreadsheets.UnreadableTable;
import org.acredita.spreadsheets.XlsxTable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A roster file (CSV or the first sheet of an XLSX workbook; header row first) read and checked whole: either
 * every row is a valid person, or the file is refused with every problem at its row and column (the first
 * {@value #LISTED} listed), so nothing of a faulty file is ever written.
 */
public record RosterFile(Set<RosterColumn> columns, List<RosterRow> rows) {

    public static final String REFUSED = "personnel.import.refused";
    /** More people than any agency the product serves; a bigger file is refused while it is read. */
    public static final int MAX_PEOPLE = 50_000;
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    static final int LISTED = 100;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-/extEXT]{5,40}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");
    private static final Map<String, PersonStatus> STATUS_WORDS = statusWords();

    public RosterFile {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Refuses a file too large to be a roster before its bytes are read into memory. */
    public static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw RefusedWithProblems.because(REFUSED, "", "personnel.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    public static RosterFile read(String fileName, byte[] bytes) {
        checkSize(bytes.length);
        List<TableRow> table = table(fileName, bytes);
        int header = 0;
        while (header < table.size() && table.get(header).blank()) {
            header++;
        }
        if (header == table.size()) {
            throw RefusedWithProblems.because(REFUSED, "", "personnel.import.empty");
        }
        Map<RosterColumn, Integer> at = headers(table.get(header));
        List<LocatedProblem> problems = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (TableRow line : table.subList(header + 1, table.size())) {
            if (!line.blank()) {
                RosterRow row = new Checker(line.restored(), at, problems).row();
                if (row != null && row.employeeNumber() != null) {
                    Integer earlier = numbers.putIfAbsent(row.employeeNumber(), line.row());
                    if (earlier != null) {
                        problems.add(problem(line.row(), at.get(RosterColumn.EMPLOYEE_NUMBER),
                                RosterColumn.EMPLOYEE_NUMBER, "personnel.import.duplicateNumber",
                                row.employeeNumber(), earlier));
                    }
                }
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw RefusedWithProblems.listingAtMost(LISTED, REFUSED, problems);
        }
        if (rows.isEmpty()) {
            throw RefusedWithProblems.because(REFUSED, "", "personnel.import.empty");
        }
        return new RosterFile(at.keySet(), rows);
    }

    private static List<TableRow> table(String fileName, byte[] bytes) {
        boolean workbook = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || !workbook && name.endsWith(".xlsx")) {
            throw RefusedWithProblems.because(REFUSED, "", "personnel.import.format");
        }
        try {
            // The header row comes on top of the people.
            return workbook ? XlsxTable.firstSheet(bytes, MAX_PEOPLE + 1) : CsvTable.read(text(bytes), MAX_PEOPLE + 1);
        } catch (UnreadableTable e) {
            throw switch (e.reason()) {
                case TOO_MANY_ROWS -> RefusedWithProblems.because(REFUSED, "A" + e.row(), "personnel.import.tooManyRows",
                        MAX_PEOPLE);
                case UNCLOSED_QUOTE -> RefusedWithProblems.because(REFUSED, TableRow.letter(e.column()) + e.row(),
                        "personnel.import.quote", e.row());
                case DAMAGED -> RefusedWithProblems.because(REFUSED, "", "personnel.import.damaged", e.detail());
                case TOO_MANY_COLUMNS -> RefusedWithProblems.because(REFUSED, TableRow.letter(e.column()) + e.row(),
                        "personnel.import.tooManyColumns", CsvTable.MAX_COLUMNS);
                case TOO_LARGE -> RefusedWithProblems.because(REFUSED, e.detail(), "personnel.import.workbookTooLarge",
                        XlsxTable.MAX_PART_BYTES / (1024 * 1024), XlsxTable.MAX_RATIO);
            };
        }
    }

    /** UTF-8 as the product writes it; a file Excel saved as "CSV" on a Spanish Windows is Windows-1252. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Map<RosterColumn, Integer> headers(TableRow header) {
        Map<RosterColumn, Integer> at = new EnumMap<>(RosterColumn.class);
        List<LocatedProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.values().size(); i++) {
            int column = i;
            RosterColumn.named(header.value(i)).ifPresent(known -> {
                if (at.putIfAbsent(known, column) != null) {
                    problems.add(LocatedProblem.at(TableRow.letter(column) + header.row(),
                            "personnel.import.duplicateColumn", header.value(column), TableRow.letter(at.get(known))));
                }
            });
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !at.containsKey(column)) {
                problems.add(LocatedProblem.at(String.valueOf(header.row()), "personnel.import.missingColumn",
                        column.spanish(), column.english(), header.row()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedWithProblems(REFUSED, problems);
        }
        return at;
    }

    /** The problem at a cell, its message prefixed with the row and the column in the reader's language. */
    static LocatedProblem problem(int row, int column, RosterColumn named, String key, Object... arguments) {
        Object message = new DefaultMessageSourceResolvable(new String[] {key}, arguments);
        return LocatedProblem.at(TableRow.letter(column) + row, "personnel.import.at", String.valueOf(row),
                TableRow.letter(column), new DefaultMessageSourceResolvable(
                        new String[] {"personnel.column." + named.name()}, null, named.english()), message);
    }

    private static Map<String, PersonStatus> statusWords() {
        Map<String, PersonStatus> words = new HashMap<>();
        for (String word : List.of("active", "activo", "activa", "alta", "en_activo")) {
            words.put(word, PersonStatus.ACTIVE);
        }
        for (String word : List.of("on_leave", "leave", "licencia", "en_licencia", "permiso", "incapacidad")) {
            words.put(word, PersonStatus.ON_LEAVE);
        }
        for (String word : List.of("separated", "baja", "separado", "separada", "inactivo", "inactiva")) {
            words.put(word, PersonStatus.SEPARATED);
        }
        return words;
    }

    /** Checks one row's cells, adding a located problem for each bad one. */
    private static final class Checker {

        private final TableRow line;
        private final Map<RosterColumn, Integer> at;
        private final List<LocatedProblem> problems;

        Checker(TableRow line, Map<RosterColumn, Integer> at, List<LocatedProblem> problems) {
            this.line = line;
            this.at = at;
            this.problems = problems;
        }

        RosterRow row() {
            String number = value(RosterColumn.EMPLOYEE_NUMBER);
            String name = value(RosterColumn.NAME);
            String rank = value(RosterColumn.RANK);
            String unit = value(RosterColumn.UNIT);
            String position = value(RosterColumn.POSITION);
            String statusWord = value(RosterColumn.STATUS);
            String email = value(RosterColumn.EMAIL);
            String phone = value(RosterColumn.PHONE);
            PersonStatus status = statusWord == null ? PersonStatus.ACTIVE
                    : STATUS_WORDS.get(RosterColumn.key(statusWord));
            if (statusWord != null && status == null) {
                problem(RosterColumn.STATUS, "personnel.import.status", statusWord);
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                problem(RosterColumn.EMAIL, "personnel.import.email", email);
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problem(RosterColumn.PHONE, "personnel.import.phone", phone);
            }
            return new RosterRow(line.row(), number, name, rank, unit, position, status, email, phone);
        }

        /** The cell's text without surrounding spaces, {@code null} when blank or when the column is absent. */
        private String value(RosterColumn column) {
            Integer index = at.get(column);
            String text = index == null ? "" : line.value(index).strip();
            if (text.isEmpty()) {
                if (column.required()) {
                    problem(column, "personnel.import.required");
                }
                return null;
            }
            if (CONTROL.matcher(text).find()) {
                problem(column, "personnel.import.control");
                return null;
            }
            if (text.length() > column.maxLength()) {
                problem(column, "personnel.import.tooLong", column.maxLength());
                return null;
            }
            return text;
        }

        private void problem(RosterColumn column, String key, Object... arguments) {
            problems.add(RosterFile.problem(line.row(), at.getOrDefault(column, 0), column, key, arguments));
        }
    }
}
