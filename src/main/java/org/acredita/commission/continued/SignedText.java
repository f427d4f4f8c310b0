package org.acredita.commission.continued;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the chief executive signs: the report as one text, each field written as its length, a colon and the field
 * (so no two reports share a text), and its SHA-256. The text is stored with the signature, so anyone can recompute
 * the hash and see that the stored report is the one signed.
 */
public record SignedText(String text, String sha256) {

    public static SignedText of(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            String value = field == null ? "" : field;
            text.append(value.length()).append(':').append(value).append('\n');
        }
        return new SignedText(text.toString(), sha256(text.toString()));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
