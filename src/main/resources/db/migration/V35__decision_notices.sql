-- Decisions on a standard (returned, in compliance, a waiver or not-applicable request decided) told at once to
-- its assignee and the agency's accreditation managers.

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED', 'PROOF_DUE', 'PROOF_MISSING',
    'STANDARD_RETURNED', 'STANDARD_IN_COMPLIANCE', 'WAIVER_ACCEPTED', 'WAIVER_REJECTED', 'NOT_APPLICABLE_ACCEPTED',
    'NOT_APPLICABLE_REJECTED'));

-- Written in the decision's own transaction with the decider's connection, like mentions (V26): a person may add
-- these notices for an agency they may change (deciding requires it), never any other kind.
create policy notification_decision_insert on notification for insert
    with check (kind in ('STANDARD_RETURNED', 'STANDARD_IN_COMPLIANCE', 'WAIVER_ACCEPTED', 'WAIVER_REJECTED',
            'NOT_APPLICABLE_ACCEPTED', 'NOT_APPLICABLE_REJECTED')
        and agency_id is not null and acredita_current_user() is not null and acredita_can_write(agency_id));

select acredita_optimise_policies();
