package org.acredita.portability.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.acredita.access.LocatedProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * An uploaded archive, checked before anything is written: only {@code manifest.json},
 * {@code files/<sha256>} entries and the human index pages ({@link ReadableIndex#PAGES}, each at most once and
 * never read: archives with and without them import alike) — no other path, so no traversal — at most {@link #MAX_ENTRIES} entries and
 * {@code maxBytes} uncompressed in all (counted while inflating, never trusting the declared sizes), every
 * content read once to the end with its SHA-256 and size compared with its name and the manifest.
 */
public final class Archive implements Closeable {

    public static final String MANIFEST = "manifest.json";
    public static final int MAX_ENTRIES = 20_000;
    /** Foreign entries listed at the most: enough to see what is wrong without a page of thousands. */
    private static final int MAX_PROBLEMS = 100;
    private static final long MAX_MANIFEST = 64L * 1024 * 1024;
    private static final Pattern CONTENT = Pattern.compile("files/[0-9a-f]{64}");

    private final ZipFile zip;
    private final Map<String, Long> sizes = new HashMap<>();
    private Manifest manifest;

    private Archive(ZipFile zip) {
        this.zip = zip;
    }

    /** The manifest, or null when the archive was refused before it could be read. */
    public Manifest manifest() {
        return manifest;
    }

    /** Entry name to its verified size: the contents the archive holds. */
    public Map<String, Long> contents() {
        return sizes;
    }

    /** The bytes of a verified entry; the caller closes the stream. */
    public InputStream open(String path) {
        try {
            return zip.getInputStream(zip.getEntry(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens and checks the archive, adding what is wrong to {@code problems}; null if it is not a ZIP at all. */
    public static Archive read(Path path, long maxBytes, List<LocatedProblem> problems) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            problems.add(LocatedProblem.at("/", "portability.import.notZip"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Archive archive = new Archive(zip);
        try {
            archive.check(maxBytes, problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(LocatedProblem.at("/", "portability.import.damaged"));
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    private void check(long maxBytes, List<LocatedProblem> problems) throws IOException {
        List<ZipEntry> contents = new ArrayList<>();
        boolean hasManifest = false;
        java.util.Set<String> indexPages = new java.util.HashSet<>();
        if (zip.size() > MAX_ENTRIES) {
            problems.add(LocatedProblem.at("/", "portability.import.tooManyEntries", MAX_ENTRIES));
            return;
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements()
                && problems.size() < MAX_PROBLEMS;) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.equals(MANIFEST) && !hasManifest) {
                hasManifest = true;
            } else if (CONTENT.matcher(name).matches() && !sizes.containsKey(name)) {
                sizes.put(name, -1L);
                contents.add(entry);
            } else if (ReadableIndex.PAGES.containsValue(name) && indexPages.add(name)) {
                continue; // for people: the import reads the manifest only
            } else if (!name.equals("files/")) {
                problems.add(LocatedProblem.at(printable(name), "portability.import.entryRefused"));
            }
        }
        if (!hasManifest) {
            problems.add(LocatedProblem.at(MANIFEST, "portability.import.manifestMissing"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        Budget budget = new Budget(maxBytes);
        try (InputStream in = new BoundedInputStream(zip.getInputStream(zip.getEntry(MANIFEST)),
                Math.min(MAX_MANIFEST, maxBytes), budget)) {
            manifest = ManifestCodec.read(in);
        } catch (TooLarge e) {
            problems.add(LocatedProblem.at(MANIFEST, "portability.import.tooLarge", maxBytes));
            return;
        } catch (ManifestCodec.Unreadable e) {
            problems.add(e.reason().getCause() instanceof TooLarge
                    ? LocatedProblem.at(MANIFEST, "portability.import.tooLarge", maxBytes) : manifestProblem(e));
            return;
        } catch (JacksonException e) {
            if (e.getCause() instanceof TooLarge) {
                problems.add(LocatedProblem.at(MANIFEST, "portability.import.tooLarge", maxBytes));
                return;
            }
            problems.add(LocatedProblem.at(MANIFEST, "portability.import.manifestUnreadable",
                    printable(e.getOriginalMessage())));
            return;
        }
        if (manifest == null) {
            problems.add(LocatedProblem.at(MANIFEST, "portability.import.manifestEmpty"));
            return;
        }
        for (ZipEntry entry : contents) {
            String expected = entry.getName().substring("files/".length());
            try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), maxBytes, budget)) {
                MessageDigest digest = sha256();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                    size += read;
                }
                sizes.put(entry.getName(), size);
                if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
                    problems.add(LocatedProblem.at(entry.getName(), "portability.import.checksum"));
                }
            } catch (TooLarge e) {
                problems.add(LocatedProblem.at(entry.getName(), "portability.import.tooLarge", maxBytes));
                return;
            }
        }
    }

    /** Where in the manifest it went wrong (as a JSON pointer after the entry's name) and what. */
    private static LocatedProblem manifestProblem(ManifestCodec.Unreadable unreadable) {
        String at = unreadable.pointer().isEmpty() ? MANIFEST : MANIFEST + "#" + printable(unreadable.pointer());
        JacksonException e = unreadable.reason();
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Reported once the record's object is read, so the parser has left it: the exception's path says where.
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference step : e.getPath()) {
                pointer.append('/').append(step.getIndex() >= 0 ? String.valueOf(step.getIndex())
                        : String.valueOf(step.getPropertyName()));
            }
            if (!pointer.toString().endsWith("/" + unknown.getPropertyName())) {
                pointer.append('/').append(unknown.getPropertyName());
            }
            return LocatedProblem.at(MANIFEST + "#" + printable(pointer.toString()),
                    "portability.import.manifestUnknownField", printable(unknown.getPropertyName()));
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return LocatedProblem.at(at, "portability.import.manifestTooLong", ManifestCodec.MAX_TEXT,
                    ManifestCodec.MAX_DEPTH);
        }
        return LocatedProblem.at(at, "portability.import.manifestUnreadable", printable(e.getOriginalMessage()));
    }

    private static String printable(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is left of the uncompressed bytes the whole archive may hold. */
    private static final class Budget {
        private long left;

        Budget(long left) {
            this.left = left;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Counts inflated bytes against the entry's and the archive's limits and stops at the first byte over. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final Budget budget;
        private long entryLeft;

        BoundedInputStream(InputStream in, long entryLimit, Budget budget) {
            super(in);
            this.entryLeft = entryLimit;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                take(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                take(read);
            }
            return read;
        }

        private void take(long bytes) throws TooLarge {
            entryLeft -= bytes;
            budget.left -= bytes;
            if (entryLeft < 0 || budget.left < 0) {
                throw new TooLarge();
            }
        }
    }
}
