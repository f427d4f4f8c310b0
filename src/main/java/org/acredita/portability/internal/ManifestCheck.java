package org.acredita.portability.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.acredita.access.LocatedProblem;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.proofs.ProofKind;
import org.acredita.selfassessment.ExceptionRequest;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Level;

/**
 * Checks a manifest whole against the archive's verified contents and the edition it names, before anything
 * is written: every value the file and its proofs need, every content referenced once with its size and
 * SHA-256, nothing in the archive that the manifest does not name. Each problem names its JSON pointer.
 */
public final class ManifestCheck {

    private static final int MAX_TEXT = 4000;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern URL = Pattern.compile("(?i)^https?://.+");

    private final List<LocatedProblem> problems;
    private final Map<String, Long> contents;
    private final Set<String> referenced = new HashSet<>();

    private ManifestCheck(List<LocatedProblem> problems, Map<String, Long> contents) {
        this.problems = problems;
        this.contents = contents;
    }

    /** The format and programme, the rest only once they are known: false when nothing more can be checked. */
    public static boolean header(Manifest manifest, List<LocatedProblem> problems) {
        if (!Manifest.FORMAT.equals(manifest.format())) {
            problems.add(LocatedProblem.at("/format", "portability.import.format", String.valueOf(manifest.format()),
                    Manifest.FORMAT));
            return false;
        }
        if (manifest.edition() == null || manifest.standards() == null) {
            problems.add(LocatedProblem.at(manifest.edition() == null ? "/edition" : "/standards",
                    "portability.import.required"));
            return false;
        }
        if (!valid(AccreditationProgramme.class, manifest.programme())) {
            problems.add(LocatedProblem.at("/programme", "portability.import.invalid", manifest.programme()));
            return false;
        }
        return true;
    }

    /** Checks every standard of the manifest; {@code numbers} are the standards of the edition here. */
    public static void standards(Manifest manifest, Set<String> numbers, Map<String, Long> contents,
            List<LocatedProblem> problems) {
        ManifestCheck check = new ManifestCheck(problems, contents);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < manifest.standards().size(); i++) {
            check.standard("/standards/" + i, manifest.standards().get(i), numbers, seen);
        }
        contents.keySet().stream().filter(path -> !check.referenced.contains(path)).sorted()
                .forEach(path -> problems.add(LocatedProblem.at(path, "portability.import.unreferenced")));
    }

    private void standard(String at, Manifest.Standard s, Set<String> numbers, Set<String> seen) {
        if (s == null || s.number() == null) {
            problems.add(LocatedProblem.at(at + "/number", "portability.import.required"));
            return;
        }
        if (!numbers.contains(s.number())) {
            problems.add(LocatedProblem.at(at + "/number", "portability.import.standardUnknown", s.number()));
        } else if (!seen.add(s.number())) {
            problems.add(LocatedProblem.at(at + "/number", "portability.import.duplicate", s.number()));
        }
        enumValue(at + "/level", Level.class, s.level(), true);
        boolean status = enumValue(at + "/status", StandardStatus.class, s.status(), true);
        enumValue(at + "/request", ExceptionRequest.class, s.request(), false);
        text(at + "/notes", s.notes(), false);
        text(at + "/requestReason", s.requestReason(), s.request() != null);
        if (status && (StandardStatus.WAIVED.name().equals(s.status())) != (s.waivedUntil() != null)) {
            problems.add(LocatedProblem.at(at + "/waivedUntil", "portability.import.waivedUntil"));
        }
        if (s.waiverMonths() != null && (s.waiverMonths() < 1 || s.waiverMonths() > 48)) {
            problems.add(LocatedProblem.at(at + "/waiverMonths", "portability.import.invalid", s.waiverMonths()));
        }
        if (s.reasons() != null) {
            for (int i = 0; i < s.reasons().size(); i++) {
                Manifest.Reason reason = s.reasons().get(i);
                if (reason == null || reason.key() == null) {
                    problems.add(LocatedProblem.at(at + "/reasons/" + i + "/key", "portability.import.required"));
                }
            }
        }
        List<Manifest.Comment> comments = orEmpty(s.comments());
        for (int i = 0; i < comments.size(); i++) {
            Manifest.Comment comment = comments.get(i);
            String where = at + "/comments/" + i;
            if (comment == null || comment.author() == null || comment.at() == null) {
                problems.add(LocatedProblem.at(where, "portability.import.required"));
            } else {
                text(where + "/body", comment.body() == null || comment.body().isBlank() ? null : comment.body(), true);
            }
        }
        List<Manifest.Event> history = orEmpty(s.history());
        for (int i = 0; i < history.size(); i++) {
            Manifest.Event event = history.get(i);
            String where = at + "/history/" + i;
            if (event == null || event.actor() == null || event.at() == null || event.action() == null) {
                problems.add(LocatedProblem.at(where, "portability.import.required"));
            } else {
                enumValue(where + "/from", StandardStatus.class, event.from(), false);
                enumValue(where + "/to", StandardStatus.class, event.to(), false);
                text(where + "/note", event.note(), false);
            }
        }
        List<Manifest.Proof> proofs = orEmpty(s.proofs());
        Set<String> sameContent = new HashSet<>();
        for (int i = 0; i < proofs.size(); i++) {
            Manifest.Proof proof = proofs.get(i);
            proof(at + "/proofs/" + i, proof);
            // The same file is one proof per standard and year: a second one would be a retry, not a proof.
            if (proof != null && proof.file() != null
                    && !sameContent.add(proof.cycleYear() + "/" + proof.file().sha256())) {
                problems.add(LocatedProblem.at(at + "/proofs/" + i + "/file", "portability.import.sameProof"));
            }
        }
        List<Manifest.Document> documents = orEmpty(s.waiverDocuments());
        for (int i = 0; i < documents.size(); i++) {
            document(at + "/waiverDocuments/" + i, documents.get(i));
        }
    }

    private void proof(String at, Manifest.Proof p) {
        if (p == null || p.title() == null || p.title().isBlank() || p.documentDate() == null
                || p.createdByName() == null || p.createdAt() == null) {
            problems.add(LocatedProblem.at(at, "portability.import.required"));
            return;
        }
        if (p.title().length() > 255) {
            problems.add(LocatedProblem.at(at + "/title", "portability.import.tooLong", 255));
        }
        if (p.cycleYear() < 1 || p.cycleYear() > 4) {
            problems.add(LocatedProblem.at(at + "/cycleYear", "portability.import.invalid", p.cycleYear()));
        }
        if (p.period() != null && (p.period() < 1 || p.period() > 12)) {
            problems.add(LocatedProblem.at(at + "/period", "portability.import.invalid", p.period()));
        }
        text(at + "/note", p.note(), false);
        text(at + "/lateExplanation", p.lateExplanation(), false);
        if (!enumValue(at + "/kind", ProofKind.class, p.kind(), true)) {
            return;
        }
        ProofKind kind = ProofKind.valueOf(p.kind());
        if (kind == ProofKind.NOTE && p.note() == null) {
            problems.add(LocatedProblem.at(at + "/note", "portability.import.required"));
        }
        if ((kind == ProofKind.LINK) != (p.url() != null)
                || p.url() != null && (p.url().length() > 2000 || !URL.matcher(p.url()).matches())) {
            problems.add(LocatedProblem.at(at + "/url", "portability.import.invalid", String.valueOf(p.url())));
        }
        if ((kind == ProofKind.FILE) != (p.file() != null)) {
            problems.add(LocatedProblem.at(at + "/file", "portability.import.required"));
        } else if (p.file() != null) {
            document(at + "/file", p.file());
        }
    }

    private void document(String at, Manifest.Document d) {
        if (d == null || d.sha256() == null || !SHA256.matcher(d.sha256()).matches()
                || !("files/" + d.sha256()).equals(d.path())) {
            problems.add(LocatedProblem.at(at + "/path", "portability.import.path"));
            return;
        }
        Long size = contents.get(d.path());
        if (size == null) {
            problems.add(LocatedProblem.at(at + "/path", "portability.import.contentMissing", d.path()));
        } else if (size != d.size()) {
            problems.add(LocatedProblem.at(at + "/size", "portability.import.size", d.size(), size));
        }
        referenced.add(d.path());
    }

    private void text(String at, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(LocatedProblem.at(at, "portability.import.required"));
            }
        } else if (value.length() > MAX_TEXT) {
            problems.add(LocatedProblem.at(at, "portability.import.tooLong", MAX_TEXT));
        }
    }

    private <E extends Enum<E>> boolean enumValue(String at, Class<E> type, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(LocatedProblem.at(at, "portability.import.required"));
            }
            return false;
        }
        if (!valid(type, value)) {
            problems.add(LocatedProblem.at(at, "portability.import.invalid", value));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
