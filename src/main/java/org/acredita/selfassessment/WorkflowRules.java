package org.acredita.selfassessment;

import static org.acredita.selfassessment.StandardStatus.IN_COMPLIANCE;
import static org.acredita.selfassessment.StandardStatus.IN_PROGRESS;
import static org.acredita.selfassessment.StandardStatus.NOT_APPLICABLE;
import static org.acredita.selfassessment.StandardStatus.NOT_STARTED;
import static org.acredita.selfassessment.StandardStatus.READY_FOR_REVIEW;
import static org.acredita.selfassessment.StandardStatus.RETURNED;
import static org.acredita.selfassessment.StandardStatus.WAIVED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;

/**
 * The per-standard workflow as explicit rules: who may do what from which status, and what it needs.
 * The agency works a standard and submits it; advisors and reviewers approve or return it (returning needs a
 * comment); a not-applicable or waiver request needs a reason and is decided by the accreditation body.
 */
final class WorkflowRules {

    static final Set<Role> AGENCY = EnumSet.of(Role.AGENCY_STAFF, Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO,
            Role.ADMIN);
    static final Set<Role> REVIEWERS = EnumSet.of(Role.ADVISOR, Role.REGIONAL_MANAGER, Role.PROGRAMME_MANAGER,
            Role.ASSESSOR, Role.TEAM_LEADER, Role.ADMIN);
    static final Set<Role> ACCREDITATION_BODY = EnumSet.of(Role.PROGRAMME_MANAGER, Role.ADMIN);
    static final int MAX_TEXT = 4000;
    static final int MAX_WAIVER_MONTHS = 48;

    private WorkflowRules() {
    }

    static Set<Role> rolesFor(StandardAction action) {
        return switch (action) {
            case START, SUBMIT, REQUEST_NOT_APPLICABLE, REQUEST_WAIVER -> AGENCY;
            case APPROVE, RETURN -> REVIEWERS;
            case ACCEPT_REQUEST, REJECT_REQUEST -> ACCREDITATION_BODY;
        };
    }

    /** Whether the action is possible from where the standard stands, whoever asks. */
    static boolean possible(FileStandard standard, StandardAction action, LocalDate today) {
        StandardStatus status = standard.status();
        boolean pending = standard.request() != null;
        return switch (action) {
            case START -> !pending && (status == NOT_STARTED || status == RETURNED || standard.waiverExpiredOn(today));
            case SUBMIT -> !pending && (status == IN_PROGRESS || status == RETURNED);
            case APPROVE -> status == READY_FOR_REVIEW;
            case RETURN -> status == READY_FOR_REVIEW || status == IN_COMPLIANCE;
            case REQUEST_NOT_APPLICABLE, REQUEST_WAIVER -> !pending
                    && (status == NOT_STARTED || status == IN_PROGRESS || status == RETURNED);
            case ACCEPT_REQUEST, REJECT_REQUEST -> pending;
        };
    }

    /** The actions these roles may take on the standard now, in the order they are offered. */
    static List<StandardAction> allowed(FileStandard standard, Set<Role> roles, LocalDate today) {
        return Arrays.stream(StandardAction.values())
                .filter(action -> rolesFor(action).stream().anyMatch(roles::contains))
                .filter(action -> possible(standard, action, today)).toList();
    }

    /**
     * The standard after the action; refuses a role that may not take it (403) and an action that is not
     * possible now or lacks what it needs (400), before anything is written.
     */
    static FileStandard apply(FileStandard standard, StandardAction action, Set<Role> roles, String note,
            Integer months, LocalDate today) {
        if (action == null) {
            throw RuleViolation.onField("action", "selfassessment.action.required");
        }
        if (rolesFor(action).stream().noneMatch(roles::contains)) {
            throw new ForbiddenException();
        }
        if (!possible(standard, action, today)) {
            throw new RuleViolation("selfassessment.action.illegal", standard.number());
        }
        if (note != null && note.length() > MAX_TEXT) {
            throw RuleViolation.onField("note", "selfassessment.text.tooLong", MAX_TEXT);
        }
        return switch (action) {
            case START -> standard.moved(IN_PROGRESS, null, null, null, null);
            case SUBMIT -> standard.moved(READY_FOR_REVIEW, null, null, null, null);
            case APPROVE -> standard.moved(IN_COMPLIANCE, null, null, null, null);
            case RETURN -> {
                required(note, "selfassessment.return.commentRequired");
                yield standard.moved(RETURNED, null, null, null, null);
            }
            case REQUEST_NOT_APPLICABLE -> {
                required(note, "selfassessment.notApplicable.reasonRequired");
                yield standard.moved(standard.status(), ExceptionRequest.NOT_APPLICABLE, note, null, null);
            }
            case REQUEST_WAIVER -> {
                required(note, "selfassessment.waiver.reasonRequired");
                if (months == null || months < 1 || months > MAX_WAIVER_MONTHS) {
                    throw RuleViolation.onField("months", "selfassessment.waiver.monthsInvalid", MAX_WAIVER_MONTHS);
                }
                yield standard.moved(standard.status(), ExceptionRequest.WAIVER, note, months, null);
            }
            case ACCEPT_REQUEST -> standard.request() == ExceptionRequest.NOT_APPLICABLE
                    ? standard.moved(NOT_APPLICABLE, null, null, null, null)
                    // The last day covered: a waiver of one month granted on 15 March covers up to 14 April.
                    : standard.moved(WAIVED, null, null, null, today.plusMonths(standard.waiverMonths()).minusDays(1));
            case REJECT_REQUEST -> {
                required(note, "selfassessment.reject.commentRequired");
                yield standard.moved(standard.status(), null, null, null, null);
            }
        };
    }

    private static void required(String note, String messageKey) {
        if (note == null || note.isBlank()) {
            throw RuleViolation.onField("note", messageKey);
        }
    }
}
