package org.acredita.selfassessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of people in a comment: an at sign followed by a user name (letters, digits, dots, hyphens and
 * underscores, as user names are made), not preceded by a letter or digit, so an e-mail address mentions
 * nobody. A trailing dot ends the sentence, not the name. Whether a name belongs to anyone who may read the
 * agency is decided by whoever notifies, never here: the page highlights every written mention alike, so
 * it reveals nothing about who exists.
 */
public final class Mentions {

    /** At most this many people are notified from one comment. */
    public static final int MAX = 20;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9][A-Za-z0-9._-]{2,59})");

    private Mentions() {
    }

    /** The mentioned user names, lower-cased, in order of first appearance, at most {@value #MAX}. */
    public static Set<String> usernames(String body) {
        Set<String> names = new LinkedHashSet<>();
        if (body == null) {
            return names;
        }
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find() && names.size() < MAX) {
            String name = trimmed(matcher.group(1));
            if (name.length() >= 3) {
                names.add(name.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** A piece of a comment: plain text, or a mention (with its at sign) to highlight. */
    public record Part(String text, boolean mention) {
    }

    /** The comment cut into plain text and mentions, for a page that escapes each part as it writes it. */
    public static List<Part> parts(String body) {
        List<Part> parts = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return parts;
        }
        Matcher matcher = MENTION.matcher(body);
        int at = 0;
        while (matcher.find()) {
            String name = trimmed(matcher.group(1));
            if (name.length() < 3) {
                continue;
            }
            if (matcher.start() > at) {
                parts.add(new Part(body.substring(at, matcher.start()), false));
            }
            int end = matcher.start() + 1 + name.length();
            parts.add(new Part(body.substring(matcher.start(), end), true));
            at = end;
        }
        if (at < body.length()) {
            parts.add(new Part(body.substring(at), false));
        }
        return parts;
    }

    private static String trimmed(String name) {
        int end = name.length();
        while (end > 0 && ".-_".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }
}
