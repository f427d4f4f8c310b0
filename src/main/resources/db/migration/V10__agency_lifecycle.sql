-- An agency's enrolment in an accreditation programme and the timeline of its phases.

create table agency_enrolment (
    id                       uuid primary key default gen_random_uuid(),
    agency_id                uuid not null references organisation (id),
    programme                text not null check (programme in ('LAW_ENFORCEMENT', 'COMMUNICATIONS',
                                 'TRAINING_ACADEMY', 'CAMPUS_SECURITY')),
    phase                    text not null,
    agreement_date           date,
    self_assessment_deadline date,
    extension_months         integer not null default 0 check (extension_months between 0 and 60),
    hearing_date             date,
    award_date               date,
    award_expires            date,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check (self_assessment_deadline is null or agreement_date is not null),
    check (award_expires is null or award_date is not null)
);
-- One open enrolment per agency and programme; a finished one (declined, withdrawn...) may be followed by a new one.
create unique index agency_enrolment_open on agency_enrolment (agency_id, programme)
    where phase not in ('DECLINED', 'DENIED', 'WITHDRAWN', 'REMOVED', 'LAPSED');
create index agency_enrolment_agency on agency_enrolment (agency_id);

create table agency_transition (
    id            bigint generated always as identity primary key,
    enrolment_id  uuid not null references agency_enrolment (id),
    agency_id     uuid not null references organisation (id),
    from_phase    text,
    to_phase      text not null,
    occurred_at   timestamptz not null default now(),
    actor_id      uuid,
    actor_name    text not null,
    reason        text check (reason is null or length(reason) <= 2000),
    recorded_date date
);
create index agency_transition_agency on agency_transition (agency_id, id);

alter table agency_enrolment enable row level security;
create policy agency_enrolment_read on agency_enrolment for select using (acredita_can_read(agency_id));
create policy agency_enrolment_write on agency_enrolment for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table agency_transition enable row level security;
create policy agency_transition_read on agency_transition for select using (acredita_can_read(agency_id));
create policy agency_transition_insert on agency_transition for insert with check (acredita_can_write(agency_id));
-- The timeline is history: nobody edits or removes it.
revoke update, delete, truncate on agency_transition from ${appRole};
