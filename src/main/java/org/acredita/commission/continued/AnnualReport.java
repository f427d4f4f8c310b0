package org.acredita.commission.continued;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.standards.Level;

/**
 * An award's annual status report for one year (1–3): due dates, the compliance counts by level and the standards
 * not in compliance (live from the file while a draft, as signed once signed), the major changes in the agency, and
 * the signature and the accreditation body's decision.
 *
 * @param id null while not started
 * @param signedSha256 SHA-256 of {@code signedText}, the exact report the chief executive signed
 */
public record AnnualReport(UUID id, UUID awardId, UUID agencyId, int year, LocalDate anniversary, LocalDate dueOn,
        AnnualReportStatus status, boolean open, boolean overdue, List<LevelCount> counts, List<Shortfall> shortfalls,
        Changes changes, UUID signedBy, String signedByName, Instant signedAt, String signedSha256,
        String returnReason, Instant decidedAt) {

    public AnnualReport {
        counts = List.copyOf(counts);
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean editable() {
        return open && !status.submitted();
    }

    /** Standards of one level: applicable, in compliance, not in compliance, waived or not applicable. */
    public record LevelCount(Level level, int applicable, int inCompliance, int notInCompliance, int excused) {
    }

    /** A standard not in compliance, with the agency's reason and corrective action. */
    public record Shortfall(String number, String title, String status, String reason, String correctiveAction) {
    }

    /** Major changes since the last report, each null or blank when there was none. */
    public record Changes(String chiefExecutive, String structure, String functions, String sizeClass) {

        public static final Changes NONE = new Changes(null, null, null, null);

        /** One change by its form field's name (chiefExecutive, structure, functions, sizeClass). */
        public String field(String name) {
            return switch (name) {
                case "chiefExecutive" -> chiefExecutive;
                case "structure" -> structure;
                case "functions" -> functions;
                default -> sizeClass;
            };
        }
    }
}
