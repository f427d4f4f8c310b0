package org.acredita.storage.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Sample uploads shared by the store tests. */
public final class TestContent {

    /** The smallest bytes Tika recognises as each type: only the signature matters. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002"
                    + "0000050001e226059b0000000049454e44ae426082");
    public static final byte[] TEXT = "Acta de la visita de evaluación.\nSin observaciones.\n"
            .getBytes(StandardCharsets.UTF_8);

    private TestContent() {
    }

    /** Incompressible, reproducible bytes. */
    public static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never ends; counts what the store pulled so tests can check it stopped early. */
    public static final class EndlessStream extends InputStream {

        private long bytesRead;

        @Override
        public int read() {
            bytesRead++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            bytesRead += length;
            return length;
        }

        public long bytesRead() {
            return bytesRead;
        }
    }

    /** Delivers some bytes, then fails like a dropped client connection. */
    public static final class BrokenStream extends InputStream {

        private int remaining;

        public BrokenStream(int bytesBeforeFailure) {
            this.remaining = bytesBeforeFailure;
        }

        @Override
        public int read() throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("connection reset");
            }
            return 'y';
        }
    }
}
