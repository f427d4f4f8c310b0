package org.acredita.standards.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into parts, some marked as matching the searched words (accents and case ignored), so
 * a template can emphasise them while escaping every part: no markup is ever built from user input.
 */
public final class Highlight {

    /** One run of text, highlighted or not. */
    public record Part(String text, boolean highlighted) {
    }

    private Highlight() {
    }

    public static List<Part> of(String text, String query) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        if (query != null) {
            for (String word : Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toList()) {
                for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length())) {
                    Arrays.fill(marked, at, at + word.length(), true);
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                parts.add(new Part(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }

    /** Lower case without accents, one character for one, so positions in the folded text match the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(decomposed.charAt(0)));
        }
        return folded.toString();
    }
}
