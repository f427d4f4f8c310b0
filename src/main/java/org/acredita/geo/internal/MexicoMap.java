package org.acredita.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mexico's 32 states as SVG shapes shipped with the product (no online tiles: deployments are
 * air-gapped), and the choropleth a page draws from a value per state.
 *
 * <p>The shapes are immutable data read once from {@code geo/mexico-states.json} (made by
 * {@code tools/geo/build-mexico-map.mjs}), so this is a static facade rather than a bean: the jte
 * component {@code geo/mexicoMap.jte} can draw a map from nothing but the values a page already has.
 */
public final class MexicoMap {

    /** How many colour steps a choropleth uses besides "none". */
    public static final int STEPS = 5;

    /** A state's outline in the map's viewBox coordinates. */
    public record Shape(String code, String path) {
    }

    private record Source(String source, String viewBox, List<Shape> states) {
    }

    private static final class Loaded {
        static final Source MAP = load();
    }

    private MexicoMap() {
    }

    public static String viewBox() {
        return Loaded.MAP.viewBox();
    }

    /** The 32 states in INEGI's order ("01" Aguascalientes … "32" Zacatecas). */
    public static List<Shape> shapes() {
        return Loaded.MAP.states();
    }

    /**
     * Each state with its value and colour step; steps split 1..max into five equal bands, zero or no
     * value is step 0.
     *
     * @param values a value per INEGI state code; states not in it count as none
     * @param scaleMax the top of the scale (100 for percentages), or null for the largest value
     */
    public static Choropleth choropleth(Map<String, Long> values, Long scaleMax) {
        long max = scaleMax != null ? scaleMax : values.values().stream().mapToLong(v -> v == null ? 0 : v).max().orElse(0);
        List<Choropleth.Region> regions = new ArrayList<>();
        for (Shape shape : shapes()) {
            Long value = values.get(shape.code());
            regions.add(new Choropleth.Region(shape.code(), shape.path(), value, step(value, max)));
        }
        return new Choropleth(viewBox(), List.copyOf(regions), legend(max));
    }

    static int step(Long value, long max) {
        if (value == null || value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(STEPS, Math.max(1, ceilDiv(value * STEPS, max)));
    }

    /**
     * The bands actually reachable, derived from {@link #step} so each swatch is the colour its values are drawn in:
     * step s holds the values v with ceil(v * STEPS / max) = s, that is floor((s - 1) * max / STEPS) < v <=
     * floor(s * max / STEPS). With a maximum below five some steps hold no whole number and are left out.
     */
    private static List<Choropleth.Band> legend(long max) {
        List<Choropleth.Band> bands = new ArrayList<>();
        for (int step = 1; step <= STEPS && max > 0; step++) {
            long from = (step - 1) * max / STEPS + 1;
            long to = step * max / STEPS;
            if (to >= from) {
                bands.add(new Choropleth.Band(step, from, to));
            }
        }
        return List.copyOf(bands);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor; // positive operands only; Math.ceilDiv needs Java 18
    }

    private static Source load() {
        try (InputStream in = MexicoMap.class.getResourceAsStream("/geo/mexico-states.json")) {
            if (in == null) {
                throw new IllegalStateException("geo/mexico-states.json is missing from the classpath");
            }
            Source source = JsonMapper.builder().build().readValue(in, Source.class);
            return new Source(source.source(), source.viewBox(), List.copyOf(source.states()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
