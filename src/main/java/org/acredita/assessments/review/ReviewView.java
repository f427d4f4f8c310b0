package org.acredita.assessments.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.acredita.identity.Organisation;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;

/**
 * The review screen for one standard: the manual's text, the snapshot's sections and proofs, the verdicts (on the
 * standard and on each element) with their history, where it sits among the filtered standards, and progress.
 *
 * @param text the standard's statement and elements in the file's manual edition, null if the edition lacks it
 * @param filter ALL, MINE, UNDECIDED or NOT_IN_COMPLIANCE
 * @param both whether the other language is shown beside the reader's
 * @param position the standard's place among the filtered ones (from 1), 0 when the filter leaves it out
 * @param refusal why the caller may not record a verdict here (a message key), null when they may
 * @param mine the caller's own progress when on the team, else null
 */
public record ReviewView(Organisation agency, Assessment assessment, SnapshotStandard standard,
        ManualDocument.Standard text, String filter, boolean both, int position, int count, String previous,
        String next, List<Entry> entries, RecordedVerdict verdict, Map<String, RecordedVerdict> elementVerdicts,
        List<RecordedVerdict> history, String refusal, Verdicts.TeamProgress progress, Verdicts.Progress mine,
        Map<UUID, String> names, Typed typed) {

    public static final List<String> FILTERS = List.of("ALL", "MINE", "UNDECIDED", "NOT_IN_COMPLIANCE");

    /** A standard of the filtered list, with its verdict (null: undecided), for the list to jump to. */
    public record Entry(String number, Text title, Verdict verdict) {
    }

    /** What was typed into a refused form, shown again beside the message; null when nothing was refused. */
    public record Typed(String element, String verdict, String reason, String commentToAgency, String teamNote,
            String field) implements java.io.Serializable {
    }

    public boolean readOnly() {
        return refusal != null;
    }

    /** Query string that keeps the filter and the language choice on links. */
    public String query() {
        return "?filter=" + filter + (both ? "&both=true" : "");
    }

    public String href(String number) {
        return "/assessments/" + assessment.id() + "/review/" + number + query();
    }

    public String proofHref(int index) {
        return "/assessments/" + assessment.id() + "/review/" + standard.number() + "/proofs/" + index;
    }

    public List<String> elementLetters() {
        return text == null ? List.of() : text.elements().stream().map(ManualDocument.Element::letter).toList();
    }

    /** The typed value when this form was the refused one, else the recorded value. */
    public String value(String element, String field, String recorded) {
        if (typed != null && java.util.Objects.equals(typed.element(), element)) {
            return switch (field) {
                case "verdict" -> typed.verdict();
                case "reason" -> typed.reason();
                case "commentToAgency" -> typed.commentToAgency();
                default -> typed.teamNote();
            };
        }
        return recorded;
    }

    public boolean refusedHere(String element) {
        return typed != null && java.util.Objects.equals(typed.element(), element);
    }

    /** A manual text in one language, falling back to the other where it is not written. */
    public static String in(Text text, boolean english) {
        if (text == null) {
            return "";
        }
        String wanted = english ? text.en() : text.es();
        return wanted != null ? wanted : english ? text.es() : text.en();
    }

    /** The text in the other language, or null when it is not written there. */
    public static String other(Text text, boolean english) {
        return text == null ? null : english ? text.es() : text.en();
    }

    /** Whether a frozen proof's content shows in the page: an image, or a PDF (its first page). */
    public static boolean image(SnapshotStandard.ProofRef proof) {
        String type = proof.contentType();
        return proof.sha256() != null && type != null && (type.startsWith("image/png") || type.startsWith("image/jpeg")
                || type.startsWith("image/gif") || type.startsWith("image/webp"));
    }

    public static boolean pdf(SnapshotStandard.ProofRef proof) {
        return proof.sha256() != null && "application/pdf".equals(proof.contentType());
    }
}
