package org.acredita.proofs;

import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.internal.ProofSchedule;
import java.time.LocalDate;
import org.acredita.access.RuleViolation;

/** Checks a new proof whole before anything is stored, and settles the period a time-sensitive proof covers. */
final class ProofRules {

    static final int MAX_TITLE = 255;
    static final int MAX_TEXT = 4000;
    static final int MAX_URL = 2000;

    private ProofRules() {
    }

    /** The checked input, its text trimmed and, for a periodic standard, its period settled. */
    static ProofInput check(ProofKind kind, ProofInput input, ProofSchedule schedule, LocalDate today) {
        if (input.documentDate() == null) {
            throw RuleViolation.onField("documentDate", "proofs.documentDate.required");
        }
        if (input.documentDate().isAfter(today)) {
            throw RuleViolation.onField("documentDate", "proofs.documentDate.future");
        }
        if (input.cycleYear() == null || input.cycleYear() < 1 || input.cycleYear() > ProofSchedule.CYCLE_YEARS) {
            throw RuleViolation.onField("cycleYear", "proofs.cycleYear.invalid", ProofSchedule.CYCLE_YEARS);
        }
        Integer period = null;
        int periods = schedule.periodsPerYear();
        if (periods > 0) {
            period = input.period() != null ? input.period() : schedule.periodOf(input.cycleYear(), input.documentDate());
            if (period == null) {
                throw RuleViolation.onField("period", "proofs.period.required");
            }
            if (period < 1 || period > periods) {
                throw RuleViolation.onField("period", "proofs.period.invalid", periods);
            }
        }
        String title = clean(input.title());
        String note = clean(input.note());
        String url = clean(input.url());
        if (kind == ProofKind.NOTE && note == null) {
            throw RuleViolation.onField("note", "proofs.note.required");
        }
        if (kind == ProofKind.LINK) {
            if (url == null || !url.matches("(?i)https?://[^\\s]+") || url.length() > MAX_URL) {
                throw RuleViolation.onField("url", "proofs.url.invalid", MAX_URL);
            }
        } else {
            url = null;
        }
        if (kind != ProofKind.FILE && title == null) {
            throw RuleViolation.onField("title", "proofs.title.required");
        }
        if (title != null && title.length() > MAX_TITLE) {
            throw RuleViolation.onField("title", "proofs.text.tooLong", MAX_TITLE);
        }
        if (note != null && note.length() > MAX_TEXT) {
            throw RuleViolation.onField("note", "proofs.text.tooLong", MAX_TEXT);
        }
        String explanation = clean(input.lateExplanation());
        if (explanation != null && explanation.length() > MAX_TEXT) {
            throw RuleViolation.onField("lateExplanation", "proofs.text.tooLong", MAX_TEXT);
        }
        return new ProofInput(input.documentDate(), input.cycleYear(), period, title, note, url, explanation);
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
