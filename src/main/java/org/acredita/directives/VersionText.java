package org.acredita.directives;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The text of one directive version as a reader is shown it: directive, version, body and numbered sections, and
 * whether it was approved (approved or in effect) or has been superseded since. Modules that put a version in
 * front of people (distributions) read it, and record {@link #sha256()} as proof of which text was read.
 */
public record VersionText(UUID versionId, UUID directiveId, String code, String title, String label, boolean approved,
        boolean superseded, String body, List<Section> sections) {

    public VersionText {
        sections = List.copyOf(sections);
    }

    /** A numbered section of the version. */
    public record Section(String number, String heading, String text) {
    }

    /** The text in one canonical form (what the hash covers): directive, version, body, then each section. */
    public String canonical() {
        StringBuilder text = new StringBuilder().append(code).append('\n').append(title).append('\n').append(label)
                .append('\n').append(body == null ? "" : body).append('\n');
        for (Section s : sections) {
            text.append(s.number()).append(' ').append(s.heading()).append('\n')
                    .append(s.text() == null ? "" : s.text()).append('\n');
        }
        return text.toString();
    }

    /** SHA-256 (hex) of {@link #canonical()} in UTF-8. */
    public String sha256() {
        return sha256(List.of(this));
    }

    /** SHA-256 (hex) of several versions' canonical texts one after the other: the text of a whole reading. */
    public static String sha256(List<VersionText> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (VersionText t : texts) {
                digest.update(t.canonical().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
