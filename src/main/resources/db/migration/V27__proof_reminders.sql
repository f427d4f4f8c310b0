-- Reminders of time-sensitive standards' proofs: a period about to end without its proof, or ended without one.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED', 'PROOF_DUE', 'PROOF_MISSING'));
