-- Readiness assessments: a per-programme instrument (areas and questions with weights, in Spanish and
-- English) and the advisors' assessments of an agency against it.
--
-- Versioning: an assessment copies the questions it asks (text, guidance, weight, area and its weight,
-- linked standards) into its own answer rows when it starts. Its score is computed from those rows
-- only, so editing, reordering or retiring questions of the instrument never changes an existing
-- assessment; the instrument's version number is recorded for reference.

create function readiness_standards_valid(numbers text[]) returns boolean language sql immutable as $$
    select coalesce(bool_and(n ~ '^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){0,3}$'), true) from unnest(numbers) n
$$;

create table readiness_instrument (
    programme_id uuid primary key references funded_programme (id),
    version      integer not null default 1 check (version >= 1),
    updated_at   timestamptz not null default now()
);

create table readiness_area (
    id           uuid primary key default gen_random_uuid(),
    programme_id uuid not null references readiness_instrument (programme_id),
    position     integer not null check (position >= 0),
    name_es      text not null check (length(btrim(name_es)) between 2 and 200),
    name_en      text not null check (length(btrim(name_en)) between 2 and 200),
    weight       integer not null check (weight between 1 and 100),
    retired      boolean not null default false
);
create index readiness_area_programme on readiness_area (programme_id, position);

create table readiness_question (
    id               uuid primary key default gen_random_uuid(),
    area_id          uuid not null references readiness_area (id),
    position         integer not null check (position >= 0),
    text_es          text not null check (length(btrim(text_es)) between 5 and 1000),
    text_en          text not null check (length(btrim(text_en)) between 5 and 1000),
    guidance_es      text check (guidance_es is null or length(guidance_es) <= 2000),
    guidance_en      text check (guidance_en is null or length(guidance_en) <= 2000),
    weight           integer not null check (weight between 1 and 100),
    linked_standards text[] not null default '{}'
        check (readiness_standards_valid(linked_standards) and cardinality(linked_standards) <= 10),
    retired          boolean not null default false
);
create index readiness_question_area on readiness_question (area_id, position);

create table readiness_assessment (
    id                 uuid primary key default gen_random_uuid(),
    agency_id          uuid not null references organisation (id),
    programme_id       uuid not null references funded_programme (id),
    instrument_version integer not null check (instrument_version >= 1),
    assessed_on        date not null,
    assessors          text not null check (length(btrim(assessors)) between 2 and 500),
    summary            text check (summary is null or length(summary) <= 4000),
    state              text not null check (state in ('DRAFT', 'COMPLETED')),
    -- Fixed when completed: the overall score (0-100) of the answers, which never change afterwards.
    score              numeric(5, 2) check (score is null or score between 0 and 100),
    created_by         text not null,
    created_at         timestamptz not null default now(),
    completed_at       timestamptz,
    completed_by       text,
    check ((state = 'COMPLETED') = (completed_at is not null)),
    check (state = 'COMPLETED' or score is null)
);
create index readiness_assessment_agency on readiness_assessment (agency_id, assessed_on desc);
-- One assessment in progress per agency at a time.
create unique index readiness_assessment_one_draft on readiness_assessment (agency_id) where state = 'DRAFT';

-- One row per question asked, with a copy of the question as it was (see the note at the top).
create table readiness_answer (
    assessment_id     uuid not null references readiness_assessment (id),
    agency_id         uuid not null references organisation (id),
    question_id       uuid not null,
    position          integer not null,
    area_id           uuid not null,
    area_position     integer not null,
    area_name_es      text not null,
    area_name_en      text not null,
    area_weight       integer not null check (area_weight between 1 and 100),
    text_es           text not null,
    text_en           text not null,
    guidance_es       text,
    guidance_en       text,
    weight            integer not null check (weight between 1 and 100),
    linked_standards  text[] not null default '{}',
    -- 0 absent, 1 initial, 2 partial, 3 largely, 4 fully in place; null while unanswered or not applicable.
    rating            smallint check (rating between 0 and 4),
    not_applicable    boolean not null default false,
    note              text check (note is null or length(note) <= 2000),
    primary key (assessment_id, question_id),
    check (not (not_applicable and rating is not null))
);
create index readiness_answer_agency on readiness_answer (agency_id);

-- The instrument belongs to the programme (no agency): everyone signed in reads it, full-reach callers change it.
alter table readiness_instrument enable row level security;
create policy readiness_instrument_read on readiness_instrument for select using (acredita_can_read(null));
create policy readiness_instrument_write on readiness_instrument for all using (acredita_can_write(null))
    with check (acredita_can_write(null));

alter table readiness_area enable row level security;
create policy readiness_area_read on readiness_area for select using (acredita_can_read(null));
create policy readiness_area_write on readiness_area for all using (acredita_can_write(null))
    with check (acredita_can_write(null));

alter table readiness_question enable row level security;
create policy readiness_question_read on readiness_question for select using (acredita_can_read(null));
create policy readiness_question_write on readiness_question for all using (acredita_can_write(null))
    with check (acredita_can_write(null));

-- Assessments and answers are the agency's data.
alter table readiness_assessment enable row level security;
create policy readiness_assessment_read on readiness_assessment for select using (acredita_can_read(agency_id));
create policy readiness_assessment_write on readiness_assessment for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table readiness_answer enable row level security;
create policy readiness_answer_read on readiness_answer for select using (acredita_can_read(agency_id));
create policy readiness_answer_write on readiness_answer for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
-- Assessments are never deleted: a completed one is part of the agency's history.
revoke delete, truncate on readiness_assessment from ${appRole};
revoke delete, truncate on readiness_answer from ${appRole};
