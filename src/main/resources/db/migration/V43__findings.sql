-- Findings of an assessment (a standard or one of its elements found not in compliance) and the agency's
-- corrective actions, with every step kept in the finding's history. Every table carries agency_id under
-- row-level security like V40. A finding is never deleted: one withdrawn before the findings go to the agency,
-- or corrected during the assessment, keeps its row and its history.

create table assessment_finding (
    id              uuid primary key default gen_random_uuid(),
    assessment_id   uuid not null references assessment (id),
    agency_id       uuid not null references organisation (id),
    standard_number text not null,
    -- The element's label ("a") for a finding on one element; '' for the whole standard, so the pair is unique.
    element         text not null default '',
    severity        text not null check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
    state           text not null check (state in ('OPEN', 'ACTION_PROPOSED', 'UNDER_REVIEW', 'RETURNED', 'CLOSED',
                                                   'WITHDRAWN', 'CORRECTED')),
    missing         text,
    opened_by       uuid,
    opened_at       timestamptz not null default clock_timestamp(),
    changed_at      timestamptz not null default clock_timestamp(),
    unique (assessment_id, standard_number, element)
);
create index assessment_finding_agency on assessment_finding (agency_id, state);

-- What the agency answers: the actions, who owns them, by when, and the proofs of the live file that show them.
-- A returned action keeps its reason; the agency answers again with a new one.
create table assessment_corrective_action (
    id            uuid primary key default gen_random_uuid(),
    finding_id    uuid not null references assessment_finding (id),
    agency_id     uuid not null references organisation (id),
    actions       text not null,
    owner_id      uuid not null references app_user (id),
    due_date      date not null,
    proof_ids     uuid[] not null default '{}',
    state         text not null check (state in ('PROPOSED', 'UNDER_REVIEW', 'VERIFIED', 'RETURNED', 'REPLACED')),
    return_reason text,
    check ((state = 'RETURNED') = (return_reason is not null)),
    proposed_by   uuid,
    proposed_at   timestamptz not null default clock_timestamp(),
    decided_by    uuid,
    decided_at    timestamptz
);
create index assessment_corrective_action_finding on assessment_corrective_action (finding_id, proposed_at);
-- The reminder sweep and the dashboards look for actions past due that are not verified yet.
create index assessment_corrective_action_due on assessment_corrective_action (due_date)
    where state in ('PROPOSED', 'UNDER_REVIEW');

create table assessment_finding_event (
    id          bigint generated always as identity primary key,
    finding_id  uuid not null references assessment_finding (id),
    agency_id   uuid not null references organisation (id),
    at          timestamptz not null default clock_timestamp(),
    actor_id    uuid,
    step        text not null,
    from_state  text,
    to_state    text not null,
    note        text
);
create index assessment_finding_event_finding on assessment_finding_event (finding_id, id);

create function assessment_finding_event_kept() returns trigger language plpgsql as $$
begin
    raise exception 'a finding''s history never changes: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger assessment_finding_event_frozen before update or delete on assessment_finding_event
    for each row execute function assessment_finding_event_kept();
create trigger assessment_finding_kept before delete on assessment_finding
    for each row execute function assessment_finding_event_kept();

alter table assessment_finding enable row level security;
create policy assessment_finding_read on assessment_finding for select using (acredita_can_read(agency_id));
create policy assessment_finding_write on assessment_finding for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table assessment_corrective_action enable row level security;
create policy assessment_corrective_action_read on assessment_corrective_action for select
    using (acredita_can_read(agency_id));
create policy assessment_corrective_action_write on assessment_corrective_action for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));
alter table assessment_finding_event enable row level security;
create policy assessment_finding_event_read on assessment_finding_event for select
    using (acredita_can_read(agency_id));
create policy assessment_finding_event_write on assessment_finding_event for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));

-- Corrective actions told at once (proposed for verification, verified, returned) and reminded once overdue.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED', 'PROOF_DUE', 'PROOF_MISSING',
    'STANDARD_RETURNED', 'STANDARD_IN_COMPLIANCE', 'WAIVER_ACCEPTED', 'WAIVER_REJECTED', 'NOT_APPLICABLE_ACCEPTED',
    'NOT_APPLICABLE_REJECTED', 'CORRECTIVE_ACTION_SUBMITTED', 'CORRECTIVE_ACTION_VERIFIED',
    'CORRECTIVE_ACTION_RETURNED', 'CORRECTIVE_ACTION_OVERDUE'));

create policy notification_corrective_action_insert on notification for insert
    with check (kind in ('CORRECTIVE_ACTION_SUBMITTED', 'CORRECTIVE_ACTION_VERIFIED', 'CORRECTIVE_ACTION_RETURNED')
        and agency_id is not null and acredita_current_user() is not null and acredita_can_write(agency_id));

select acredita_optimise_policies();
