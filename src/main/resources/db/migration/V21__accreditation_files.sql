-- An agency's accreditation file: pinned to one published manual edition and tier, it holds the standards
-- that apply to the agency (with why and at which level) and each one's workflow, comments and history.
-- Titles are copied from the edition (published editions never change) so the list is one query.

create table accreditation_file (
    id          uuid primary key,
    agency_id   uuid not null references organisation (id),
    programme   text not null check (programme in ('LAW_ENFORCEMENT', 'COMMUNICATIONS', 'TRAINING_ACADEMY',
                    'CAMPUS_SECURITY')),
    edition_id  uuid not null references manual_edition (id),
    tier        text,
    created_at  timestamptz not null default now(),
    unique (agency_id, programme)
);

create table file_standard (
    file_id        uuid not null references accreditation_file (id) on delete cascade,
    agency_id      uuid not null references organisation (id),
    number         text not null check (number ~ '^[0-9]{1,3}(\.[0-9]{1,3}){1,3}$'),
    sort_key       integer[] not null,
    chapter        integer not null,
    title_es       text,
    title_en       text,
    level          text not null check (level in ('MANDATORY', 'OTHER')),
    -- the applicability decision, one "messageKey|arg|arg" entry per step
    reasons        text[] not null default '{}',
    status         text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'IN_COMPLIANCE',
                       'RETURNED', 'NOT_APPLICABLE', 'WAIVED')),
    assignee_id    uuid references app_user (id),
    due_date       date,
    notes          text check (notes is null or length(notes) <= 4000),
    -- a not-applicable or waiver request waiting for the accreditation body
    request        text check (request in ('NOT_APPLICABLE', 'WAIVER')),
    request_reason text check (request_reason is null or length(request_reason) <= 4000),
    waiver_months  integer check (waiver_months between 1 and 48),
    waived_until   date,
    updated_at     timestamptz not null default now(),
    primary key (file_id, number),
    check ((request is null) = (request_reason is null)),
    check ((status = 'WAIVED') = (waived_until is not null))
);
create index file_standard_assignee on file_standard (assignee_id) where assignee_id is not null;

-- Every change of a standard in the file: status moves, assignments, requests and their decisions.
create table file_standard_event (
    id          uuid primary key default gen_random_uuid(),
    file_id     uuid not null references accreditation_file (id) on delete cascade,
    agency_id   uuid not null references organisation (id),
    number      text not null,
    at          timestamptz not null default clock_timestamp(),
    actor_id    uuid references app_user (id),
    actor       text not null,
    action      text not null,
    from_status text,
    to_status   text,
    note        text check (note is null or length(note) <= 4000)
);
create index file_standard_event_standard on file_standard_event (file_id, number, at);

create table file_standard_comment (
    id          uuid primary key default gen_random_uuid(),
    file_id     uuid not null references accreditation_file (id) on delete cascade,
    agency_id   uuid not null references organisation (id),
    number      text not null,
    at          timestamptz not null default clock_timestamp(),
    author_id   uuid references app_user (id),
    author      text not null,
    body        text not null check (length(btrim(body)) between 1 and 4000)
);
create index file_standard_comment_standard on file_standard_comment (file_id, number, at);

alter table accreditation_file enable row level security;
create policy accreditation_file_read on accreditation_file for select using (acredita_can_read(agency_id));
create policy accreditation_file_write on accreditation_file for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table file_standard enable row level security;
create policy file_standard_read on file_standard for select using (acredita_can_read(agency_id));
create policy file_standard_write on file_standard for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table file_standard_event enable row level security;
create policy file_standard_event_read on file_standard_event for select using (acredita_can_read(agency_id));
create policy file_standard_event_write on file_standard_event for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table file_standard_comment enable row level security;
create policy file_standard_comment_read on file_standard_comment for select using (acredita_can_read(agency_id));
create policy file_standard_comment_write on file_standard_comment for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
