-- Assessments of an agency's accreditation file (mock, remote file review, site-based): the window, the team,
-- the scope chosen when it is planned, and the snapshot frozen when it starts. Every table carries agency_id
-- under row-level security. Scope and snapshot rows are written once and never change (triggers below).

create table assessment (
    id            uuid primary key default gen_random_uuid(),
    agency_id     uuid not null references organisation (id),
    file_id       uuid not null references accreditation_file (id),
    enrolment_id  uuid not null references agency_enrolment (id),
    kind          text not null check (kind in ('MOCK_ASSESSMENT', 'REMOTE_FILE_REVIEW', 'SITE_BASED_ASSESSMENT')),
    status        text not null check (status in ('PLANNED', 'IN_PROGRESS', 'FINDINGS_TO_AGENCY', 'REPORT_DRAFTING',
                                                  'REPORT_RELEASED', 'CLOSED')),
    window_start  date not null,
    window_end    date not null check (window_end >= window_start),
    scope_mode    text not null check (scope_mode in ('ALL', 'SAMPLE', 'PICKED')),
    -- A sample records its share and the seed that drew it, so the draw can be repeated.
    sample_percent int check (sample_percent between 1 and 100),
    sample_seed   bigint,
    check ((scope_mode = 'SAMPLE') = (sample_percent is not null and sample_seed is not null)),
    snapshot_hash text check (snapshot_hash ~ '^[0-9a-f]{64}$'),
    started_at    timestamptz,
    started_by    uuid,
    check ((status = 'PLANNED') = (started_at is null) and (started_at is null) = (snapshot_hash is null)),
    created_by    uuid,
    created_at    timestamptz not null default clock_timestamp()
);
create index assessment_agency on assessment (agency_id, created_at);
create index assessment_file on assessment (file_id);

create table assessment_team_member (
    assessment_id uuid not null references assessment (id),
    agency_id     uuid not null references organisation (id),
    user_id       uuid not null references app_user (id),
    role          text not null check (role in ('TEAM_LEADER', 'ASSESSOR', 'ADVISOR')),
    chapters      int[] not null default '{}',
    primary key (assessment_id, user_id)
);
create index assessment_team_member_user on assessment_team_member (user_id);

-- Which standards the assessment looks at, and why each is in: all, drawn, picked, or always (time-sensitive,
-- failed before).
create table assessment_scope_standard (
    assessment_id uuid not null references assessment (id),
    agency_id     uuid not null references organisation (id),
    number        text not null,
    reason        text not null check (reason in ('ALL', 'SAMPLED', 'PICKED', 'TIME_SENSITIVE', 'FAILED_EARLIER')),
    primary key (assessment_id, number)
);

-- The frozen snapshot: what each in-scope standard of the file was when the assessment started.
create table assessment_snapshot_standard (
    assessment_id uuid not null references assessment (id),
    agency_id     uuid not null references organisation (id),
    position      int  not null,
    number        text not null,
    chapter       int  not null,
    title_es      text,
    title_en      text,
    level         text,
    status        text not null,
    primary key (assessment_id, number)
);

create table assessment_snapshot_section (
    assessment_id   uuid not null references assessment (id),
    agency_id       uuid not null references organisation (id),
    number          text not null,
    position        int  not null,
    directive_code  text not null,
    directive_title text not null,
    version_label   text not null,
    section_number  text not null,
    heading         text not null,
    section_text    text,
    elements        text[] not null,
    primary key (assessment_id, number, position)
);

-- Proofs by reference: the stored file and its SHA-256 (content-addressed, shared with the live file).
create table assessment_snapshot_proof (
    assessment_id  uuid not null references assessment (id),
    agency_id      uuid not null references organisation (id),
    number         text not null,
    position       int  not null,
    proof_id       uuid not null,
    kind           text not null,
    title          text,
    stored_file_id uuid,
    sha256         text,
    content_type   text,
    size           bigint,
    url            text,
    document_date  date,
    cycle_year     int not null,
    period         int,
    primary key (assessment_id, number, position)
);

create function assessment_snapshot_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'an assessment''s scope and snapshot never change: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger assessment_scope_standard_frozen before update or delete on assessment_scope_standard
    for each row execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_standard_frozen before update or delete on assessment_snapshot_standard
    for each row execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_section_frozen before update or delete on assessment_snapshot_section
    for each row execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_proof_frozen before update or delete on assessment_snapshot_proof
    for each row execute function assessment_snapshot_refuse_change();
create trigger assessment_scope_standard_no_truncate before truncate on assessment_scope_standard
    for each statement execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_standard_no_truncate before truncate on assessment_snapshot_standard
    for each statement execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_section_no_truncate before truncate on assessment_snapshot_section
    for each statement execute function assessment_snapshot_refuse_change();
create trigger assessment_snapshot_proof_no_truncate before truncate on assessment_snapshot_proof
    for each statement execute function assessment_snapshot_refuse_change();

-- The hash of a started assessment never changes either.
create function assessment_hash_kept() returns trigger language plpgsql as $$
begin
    if old.snapshot_hash is not null and new.snapshot_hash is distinct from old.snapshot_hash then
        raise exception 'an assessment''s snapshot hash never changes' using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
create trigger assessment_hash_frozen before update on assessment
    for each row execute function assessment_hash_kept();

alter table assessment enable row level security;
create policy assessment_read on assessment for select using (acredita_can_read(agency_id));
create policy assessment_write on assessment for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table assessment_team_member enable row level security;
create policy assessment_team_member_read on assessment_team_member for select using (acredita_can_read(agency_id));
create policy assessment_team_member_write on assessment_team_member for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table assessment_scope_standard enable row level security;
create policy assessment_scope_standard_read on assessment_scope_standard for select
    using (acredita_can_read(agency_id));
create policy assessment_scope_standard_write on assessment_scope_standard for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));
alter table assessment_snapshot_standard enable row level security;
create policy assessment_snapshot_standard_read on assessment_snapshot_standard for select
    using (acredita_can_read(agency_id));
create policy assessment_snapshot_standard_write on assessment_snapshot_standard for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));
alter table assessment_snapshot_section enable row level security;
create policy assessment_snapshot_section_read on assessment_snapshot_section for select
    using (acredita_can_read(agency_id));
create policy assessment_snapshot_section_write on assessment_snapshot_section for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));
alter table assessment_snapshot_proof enable row level security;
create policy assessment_snapshot_proof_read on assessment_snapshot_proof for select
    using (acredita_can_read(agency_id));
create policy assessment_snapshot_proof_write on assessment_snapshot_proof for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
