package org.acredita.portability.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json} of an accreditation file archive, as {@code docs/accreditation-file-format.md}
 * documents it. People are named by user name (ids differ between instances) and their names as shown.
 */
public record Manifest(String format, Instant exportedAt, String source, Agency agency, String programme,
        Edition edition, String tier, List<Standard> standards) {

    public static final String FORMAT = "acredita-accreditation-file/1";

    public record Agency(String name, String kind) {
    }

    public record Edition(String code, String version, String programme) {
    }

    public record Person(String username, String displayName) {
    }

    public record Reason(String key, List<String> arguments) {
    }

    public record Standard(String number, String level, String status, Person assignee, LocalDate dueDate,
            String notes, String request, String requestReason, Integer waiverMonths, LocalDate waivedUntil,
            List<Reason> reasons, List<Comment> comments, List<Event> history, List<Proof> proofs,
            List<Document> waiverDocuments) {
    }

    /** @param author the name kept with the comment when it was written */
    public record Comment(String author, Instant at, String body) {
    }

    /** @param from the status before, null when the status did not change */
    public record Event(String actor, Instant at, String action, String from, String to, String note) {
    }

    /**
     * @param id the proof's id in the source instance (the import gives it a new one)
     * @param createdBy the user name of the person who gave it, when known
     * @param file the content of a FILE proof, else null
     */
    public record Proof(UUID id, String kind, String title, String note, String url, LocalDate documentDate,
            int cycleYear, Integer period, String lateExplanation, String createdBy, String createdByName,
            Instant createdAt, Document file) {
    }

    /** @param path the ZIP entry holding the bytes: {@code files/<sha256>} */
    public record Document(String path, String sha256, long size, String contentType, String originalName) {
    }
}
