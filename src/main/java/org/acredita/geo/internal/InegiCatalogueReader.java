package org.acredita.geo.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.acredita.access.LocatedProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads INEGI's catalogue of municipalities (a JSON array of objects, one per municipality) as a stream,
 * keeping only the members Acredita uses. It checks the shape, not the values: a broken file ends the
 * reading with one problem placed where the parser stopped, and every entry read so far is kept so the
 * validator can still report its problems too.
 */
public final class InegiCatalogueReader {

    /** Mexico has about 2,500 municipalities; a list far longer is not this catalogue and only costs memory. */
    public static final int MAX_ENTRIES = 10_000;

    /** INEGI's full catalogue is about 1 MB; reading stops at the first byte past this. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** An entry is a flat object; deeper nesting is no catalogue. */
    static final int MAX_DEPTH = 8;
    /** The longest text (a name, a member's name) the reader takes. */
    static final int MAX_TEXT = 10_000;

    // The caller owns the stream (and closes it); the parser must not close it behind its back.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_TEXT).maxNameLength(MAX_TEXT).maxDocumentLength(MAX_BYTES).build())
            .build();

    /** What the file held: its entries and any problem with its shape. */
    public record Result(List<RawEntry> entries, List<LocatedProblem> problems) {
    }

    public Result read(InputStream json) {
        List<RawEntry> entries = new ArrayList<>();
        List<LocatedProblem> problems = new ArrayList<>();
        EndAwareInputStream input = new EndAwareInputStream(json);
        JsonParser parser = JSON.createParser(input);
        try {
            readList(parser, entries, problems);
        } catch (JacksonException e) {
            if (e instanceof StreamConstraintsException || input.tooLarge()) {
                problems.add(LocatedProblem.at(pointerOf(parser), "geo.import.tooLarge", MAX_BYTES / (1024 * 1024),
                        MAX_DEPTH, MAX_TEXT));
                return new Result(entries, problems);
            }
            // The parser's own end-of-input exception does not cover every place a file can break off
            // (e.g. after a comma), so a failure once the input ran out counts as a truncated file too.
            if (e instanceof UnexpectedEndOfInputException || input.ended()) {
                problems.add(LocatedProblem.at(pointerOf(parser), "geo.import.truncated", line(e.getLocation())));
            } else {
                problems.add(LocatedProblem.at(pointerOf(parser), "geo.import.syntax", line(e.getLocation()),
                        column(e.getLocation())));
            }
        } finally {
            parser.close();
        }
        return new Result(entries, problems);
    }

    private static void readList(JsonParser parser, List<RawEntry> entries, List<LocatedProblem> problems) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add(LocatedProblem.at("", "geo.import.empty"));
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            problems.add(LocatedProblem.at("", "geo.import.notArray"));
            return;
        }
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            if (index >= MAX_ENTRIES) {
                problems.add(LocatedProblem.at("/" + index, "geo.import.tooManyEntries", MAX_ENTRIES));
                return;
            }
            if (token == JsonToken.START_OBJECT) {
                entries.add(readEntry(parser, index));
            } else {
                problems.add(LocatedProblem.at("/" + index, "geo.import.entryNotObject"));
                parser.skipChildren();
            }
        }
        if (index == 0) {
            problems.add(LocatedProblem.at("", "geo.import.noEntries"));
        }
        if (parser.nextToken() != null) {
            problems.add(LocatedProblem.at("", "geo.import.trailing", line(parser.currentTokenLocation())));
        }
    }

    private static RawEntry readEntry(JsonParser parser, int index) {
        Object stateCode = null;
        Object code = null;
        Object name = null;
        Object population = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String member = parser.currentName();
            parser.nextToken();
            Object value = value(parser);
            switch (member) {
                case RawEntry.STATE_CODE -> stateCode = value;
                case RawEntry.CODE -> code = value;
                case RawEntry.NAME -> name = value;
                case RawEntry.POPULATION -> population = value;
                default -> {
                    // INEGI's other members (head town, population by sex, dwellings) are not kept.
                }
            }
        }
        return new RawEntry(index, stateCode, code, name, population);
    }

    private static Object value(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token.isStructStart()) {
            parser.skipChildren();
            return RawEntry.COMPOSITE;
        }
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Where the parser stood when the file broke off, e.g. {@code /2477/poblacion_total}. */
    private static String pointerOf(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private static int line(TokenStreamLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static int column(TokenStreamLocation location) {
        return location == null ? 0 : location.getColumnNr();
    }

    /** Notes when the parser asked for more input and there was none (the file ended there), or too much. */
    private static final class EndAwareInputStream extends FilterInputStream {

        private boolean ended;
        private long count;

        EndAwareInputStream(InputStream in) {
            super(in);
        }

        boolean ended() {
            return ended;
        }

        boolean tooLarge() {
            return count > MAX_BYTES;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            ended |= read < 0;
            count += read < 0 ? 0 : 1;
            return bounded(read);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            ended |= read < 0;
            count += Math.max(read, 0);
            return bounded(read);
        }

        /** Stops at the first byte past the limit, whatever the parser would do with the rest. */
        private int bounded(int read) throws IOException {
            if (tooLarge()) {
                throw new IOException("catalogue larger than " + MAX_BYTES + " bytes");
            }
            return read;
        }
    }
}
