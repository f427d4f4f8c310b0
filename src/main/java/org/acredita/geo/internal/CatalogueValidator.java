package org.acredita.geo.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.acredita.access.LocatedProblem;
import org.acredita.geo.internal.Municipality;

/**
 * Checks every entry of an uploaded catalogue before anything is written, and reports every problem
 * with the JSON pointer of the value at fault, so an administrator fixes the file in one pass.
 */
public final class CatalogueValidator {

    /** The longest name accepted; INEGI's longest is under 80 characters. */
    public static final int MAX_NAME = 150;

    private static final Pattern CVEGEO = Pattern.compile("[0-9]{5}");
    // Values quoted back in messages are cut, so a hostile file cannot make the answer huge.
    private static final int QUOTED = 24;

    private final Set<String> stateCodes;

    /** @param stateCodes the codes of the states municipalities may belong to */
    public CatalogueValidator(Set<String> stateCodes) {
        this.stateCodes = Set.copyOf(stateCodes);
    }

    /** The municipalities to write, or the problems that forbid writing any. */
    public record Outcome(List<Municipality> municipalities, List<LocatedProblem> problems) {
    }

    public Outcome validate(List<RawEntry> entries) {
        List<Municipality> valid = new ArrayList<>();
        List<LocatedProblem> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (RawEntry entry : entries) {
            int before = problems.size();
            String code = code(entry, problems);
            if (code != null) {
                String earlier = firstSeen.putIfAbsent(code, entry.pointer(RawEntry.CODE));
                if (earlier != null) {
                    problems.add(LocatedProblem.at(entry.pointer(RawEntry.CODE), "geo.import.code.duplicate",
                            code, earlier));
                }
                checkStateCode(entry, code, problems);
            }
            String name = name(entry, problems);
            Integer population = population(entry, problems);
            if (problems.size() == before) {
                valid.add(new Municipality(code, code.substring(0, 2), name, population));
            }
        }
        return new Outcome(valid, problems);
    }

    private String code(RawEntry entry, List<LocatedProblem> problems) {
        String where = entry.pointer(RawEntry.CODE);
        if (entry.code() == null) {
            problems.add(LocatedProblem.at(where, "geo.import.code.missing"));
            return null;
        }
        if (!(entry.code() instanceof String code) || !CVEGEO.matcher(code).matches()) {
            problems.add(LocatedProblem.at(where, "geo.import.code.invalid", quote(entry.code())));
            return null;
        }
        if (!stateCodes.contains(code.substring(0, 2))) {
            problems.add(LocatedProblem.at(where, "geo.import.code.unknownState", code, code.substring(0, 2)));
            return null;
        }
        return code;
    }

    /** INEGI repeats the state's code beside the CVEGEO; when present the two must agree. */
    private static void checkStateCode(RawEntry entry, String code, List<LocatedProblem> problems) {
        if (entry.stateCode() != null && !code.substring(0, 2).equals(entry.stateCode())) {
            problems.add(LocatedProblem.at(entry.pointer(RawEntry.STATE_CODE), "geo.import.state.mismatch",
                    quote(entry.stateCode()), code));
        }
    }

    private static String name(RawEntry entry, List<LocatedProblem> problems) {
        String where = entry.pointer(RawEntry.NAME);
        if (entry.name() == null || entry.name() instanceof String text && text.isBlank()) {
            problems.add(LocatedProblem.at(where, "geo.import.name.missing"));
            return null;
        }
        if (!(entry.name() instanceof String text) || text.strip().length() > MAX_NAME) {
            problems.add(LocatedProblem.at(where, "geo.import.name.invalid", MAX_NAME));
            return null;
        }
        return text.strip();
    }

    /** Absent or null means INEGI gave no figure; anything else must be a whole number of people. */
    private static Integer population(RawEntry entry, List<LocatedProblem> problems) {
        Object value = entry.population();
        if (value == null) {
            return null;
        }
        BigInteger whole = wholeNumber(value);
        if (whole == null || whole.signum() < 0 || whole.bitLength() >= Integer.SIZE) {
            problems.add(LocatedProblem.at(entry.pointer(RawEntry.POPULATION), "geo.import.population.invalid",
                    quote(value)));
            return null;
        }
        return whole.intValue();
    }

    private static BigInteger wholeNumber(Object value) {
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            // 1200.0 is a whole number written oddly; 1200.5 people is not a population.
            try {
                return new BigDecimal(number.toString()).toBigIntegerExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
