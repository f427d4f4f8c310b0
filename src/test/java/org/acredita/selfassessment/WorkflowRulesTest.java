package org.acredita.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import org.junit.jupiter.api.Test;

/** The per-standard workflow: who may move a standard from where, and what each move needs. */
class WorkflowRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Set<Role> STAFF = Set.of(Role.AGENCY_STAFF);
    private static final Set<Role> ADVISOR = Set.of(Role.ADVISOR);
    private static final Set<Role> BODY = Set.of(Role.PROGRAMME_MANAGER);
    private static final Set<Role> FUNDER = Set.of(Role.FUNDER_OFFICER);

    private static FileStandard at(StandardStatus status) {
        return new FileStandard(UUID.randomUUID(), UUID.randomUUID(), "1.1.1", 1, new Text("Misión", "Mission"),
                Level.MANDATORY, List.of(), status, null, null, null, null, null, null,
                status == StandardStatus.WAIVED ? TODAY.plusMonths(3) : null);
    }

    private static FileStandard apply(FileStandard standard, StandardAction action, Set<Role> roles, String note) {
        return WorkflowRules.apply(standard, action, roles, note, null, TODAY);
    }

    @Test
    void agencyStartsAndSubmitsThenAReviewerApproves() {
        FileStandard started = apply(at(StandardStatus.NOT_STARTED), StandardAction.START, STAFF, null);
        assertThat(started.status()).isEqualTo(StandardStatus.IN_PROGRESS);
        FileStandard submitted = apply(started, StandardAction.SUBMIT, STAFF, null);
        assertThat(submitted.status()).isEqualTo(StandardStatus.READY_FOR_REVIEW);
        assertThat(apply(submitted, StandardAction.APPROVE, ADVISOR, null).status())
                .isEqualTo(StandardStatus.IN_COMPLIANCE);
    }

    @Test
    void returningNeedsACommentAndTheAgencyCanResubmit() {
        FileStandard ready = at(StandardStatus.READY_FOR_REVIEW);
        assertThatThrownBy(() -> apply(ready, StandardAction.RETURN, ADVISOR, "  "))
                .isInstanceOf(RuleViolation.class).hasMessage("selfassessment.return.commentRequired");
        FileStandard returned = apply(ready, StandardAction.RETURN, ADVISOR, "Falta el inciso c");
        assertThat(returned.status()).isEqualTo(StandardStatus.RETURNED);
        assertThat(apply(returned, StandardAction.SUBMIT, STAFF, null).status())
                .isEqualTo(StandardStatus.READY_FOR_REVIEW);
        assertThat(apply(at(StandardStatus.IN_COMPLIANCE), StandardAction.RETURN, BODY, "Prueba vencida").status())
                .isEqualTo(StandardStatus.RETURNED);
    }

    @Test
    void rolesAreCheckedBeforeTheStatus() {
        assertThatThrownBy(() -> apply(at(StandardStatus.READY_FOR_REVIEW), StandardAction.APPROVE, STAFF, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> apply(at(StandardStatus.NOT_STARTED), StandardAction.START, ADVISOR, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> apply(at(StandardStatus.NOT_STARTED), StandardAction.START, FUNDER, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> apply(at(StandardStatus.NOT_STARTED), StandardAction.APPROVE, ADVISOR, null))
                .isInstanceOf(RuleViolation.class).hasMessage("selfassessment.action.illegal");
        assertThatThrownBy(() -> apply(at(StandardStatus.IN_PROGRESS), StandardAction.START, STAFF, null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void notApplicableNeedsAJustificationTheAccreditationBodyDecides() {
        assertThatThrownBy(() -> apply(at(StandardStatus.IN_PROGRESS), StandardAction.REQUEST_NOT_APPLICABLE, STAFF,
                null)).isInstanceOf(RuleViolation.class).hasMessage("selfassessment.notApplicable.reasonRequired");
        FileStandard requested = apply(at(StandardStatus.IN_PROGRESS), StandardAction.REQUEST_NOT_APPLICABLE, STAFF,
                "No tenemos separos");
        assertThat(requested.status()).isEqualTo(StandardStatus.IN_PROGRESS);
        assertThat(requested.request()).isEqualTo(ExceptionRequest.NOT_APPLICABLE);
        assertThat(WorkflowRules.allowed(requested, STAFF, TODAY)).isEmpty();
        assertThatThrownBy(() -> apply(requested, StandardAction.ACCEPT_REQUEST, ADVISOR, null))
                .isInstanceOf(ForbiddenException.class);
        FileStandard accepted = apply(requested, StandardAction.ACCEPT_REQUEST, BODY, null);
        assertThat(accepted.status()).isEqualTo(StandardStatus.NOT_APPLICABLE);
        assertThat(accepted.request()).isNull();
        assertThatThrownBy(() -> apply(requested, StandardAction.REJECT_REQUEST, BODY, null))
                .isInstanceOf(RuleViolation.class).hasMessage("selfassessment.reject.commentRequired");
        FileStandard rejected = apply(requested, StandardAction.REJECT_REQUEST, BODY, "Sí hay separos");
        assertThat(rejected.status()).isEqualTo(StandardStatus.IN_PROGRESS);
        assertThat(rejected.request()).isNull();
    }

    @Test
    void aWaiverAsksForADurationAndExpires() {
        FileStandard standard = at(StandardStatus.NOT_STARTED);
        assertThatThrownBy(() -> WorkflowRules.apply(standard, StandardAction.REQUEST_WAIVER, STAFF, "Equipo", 49,
                TODAY)).isInstanceOf(RuleViolation.class).hasMessage("selfassessment.waiver.monthsInvalid");
        FileStandard requested = WorkflowRules.apply(standard, StandardAction.REQUEST_WAIVER, STAFF, "Equipo", 3, TODAY);
        FileStandard waived = apply(requested, StandardAction.ACCEPT_REQUEST, BODY, null);
        assertThat(waived.status()).isEqualTo(StandardStatus.WAIVED);
        assertThat(waived.waivedUntil()).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(waived.waiverExpiredOn(LocalDate.of(2027, 2, 27))).isFalse();
        assertThat(waived.waiverExpiredOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(WorkflowRules.allowed(waived, STAFF, TODAY)).isEmpty();
        assertThat(WorkflowRules.allowed(waived, STAFF, LocalDate.of(2027, 3, 1))).containsExactly(StandardAction.START);
    }

    @Test
    void offersOnlyWhatTheRolesMayDoNow() {
        assertThat(WorkflowRules.allowed(at(StandardStatus.NOT_STARTED), STAFF, TODAY)).containsExactly(
                StandardAction.START, StandardAction.REQUEST_NOT_APPLICABLE, StandardAction.REQUEST_WAIVER);
        assertThat(WorkflowRules.allowed(at(StandardStatus.READY_FOR_REVIEW), ADVISOR, TODAY))
                .containsExactly(StandardAction.APPROVE, StandardAction.RETURN);
        assertThat(WorkflowRules.allowed(at(StandardStatus.READY_FOR_REVIEW), FUNDER, TODAY)).isEmpty();
    }

    @Test
    void overdueIsWorkStillToDoPastItsDueDate() {
        FileStandard late = at(StandardStatus.IN_PROGRESS).planned(null, TODAY.minusDays(1), null);
        assertThat(late.overdueOn(TODAY)).isTrue();
        assertThat(late.moved(StandardStatus.READY_FOR_REVIEW, null, null, null, null).overdueOn(TODAY)).isFalse();
        assertThat(at(StandardStatus.IN_PROGRESS).planned(null, TODAY, null).overdueOn(TODAY)).isFalse();
    }
}
