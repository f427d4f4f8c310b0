-- Awards after the decision (issue 11, parts 2 and 5): conditions lifted with evidence, the Commission's later
-- decisions on an award (suspended, revoked, reinstated) and the lapse of an award past its expiry. The later
-- decisions are a record like the decision itself: never changed (V47's trigger).

alter table commission_condition add column lift_note text;
alter table commission_condition add column evidence_document_id uuid;
alter table commission_condition add column evidence_title text;
alter table commission_condition add column lifted_at timestamptz;
alter table commission_condition add constraint commission_condition_lift_check
    check ((lifted_on is null) = (lift_note is null));
create index commission_condition_open_due on commission_condition (due_on) where lifted_on is null;

create table commission_award_event (
    id           uuid primary key default gen_random_uuid(),
    award_id     uuid not null references commission_award (id),
    agency_id    uuid not null references organisation (id),
    change       text not null check (change in ('SUSPENDED', 'REVOKED', 'REINSTATED', 'LAPSED')),
    decided_on   date not null,
    reason       text,
    check (change = 'LAPSED' or reason is not null),
    recorded_by  uuid,
    recorded_at  timestamptz not null default clock_timestamp()
);
create index commission_award_event_award on commission_award_event (award_id, recorded_at);
create trigger commission_award_event_kept before update or delete on commission_award_event
    for each row execute function commission_record_kept();

-- The lapse sweep looks for active awards past their expiry.
create index commission_award_active_expiry on commission_award (expires_on) where status = 'ACTIVE';

alter table commission_award_event enable row level security;
create policy commission_award_event_read on commission_award_event for select
    using (acredita_can_read(agency_id));
create policy commission_award_event_write on commission_award_event for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));

-- Told at once to the agency (a condition lifted, the award suspended, revoked, reinstated or lapsed) and reminded
-- (a condition past its due date still open).
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED', 'PROOF_DUE', 'PROOF_MISSING',
    'STANDARD_RETURNED', 'STANDARD_IN_COMPLIANCE', 'WAIVER_ACCEPTED', 'WAIVER_REJECTED', 'NOT_APPLICABLE_ACCEPTED',
    'NOT_APPLICABLE_REJECTED', 'CORRECTIVE_ACTION_SUBMITTED', 'CORRECTIVE_ACTION_VERIFIED',
    'CORRECTIVE_ACTION_RETURNED', 'CORRECTIVE_ACTION_OVERDUE', 'CONDITION_LIFTED', 'CONDITION_OVERDUE',
    'AWARD_SUSPENDED', 'AWARD_REVOKED', 'AWARD_REINSTATED', 'AWARD_LAPSED'));

-- Written in the programme manager's own transaction, like decisions on standards (V35).
create policy notification_award_insert on notification for insert
    with check (kind in ('CONDITION_LIFTED', 'AWARD_SUSPENDED', 'AWARD_REVOKED', 'AWARD_REINSTATED')
        and agency_id is not null and acredita_current_user() is not null and acredita_can_write(agency_id));

select acredita_optimise_policies();
