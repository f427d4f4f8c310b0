-- Written directives: an agency's policies and general orders, their versions, the sections of each
-- version and the manual elements each section satisfies. Every table carries agency_id so row-level
-- security hides another agency's directives even if a check in code is forgotten.
-- Document files live in stored_file (owner type 'directive-document', owner id = version id).

create table directive (
    id         uuid primary key default gen_random_uuid(),
    agency_id  uuid not null references organisation (id),
    code       text not null check (length(btrim(code)) between 1 and 40),
    title      text not null check (length(btrim(title)) between 1 and 200),
    kind       text not null check (kind in ('POLICY', 'GENERAL_ORDER', 'PROCEDURE', 'MANUAL', 'MEMORANDUM')),
    owner      text check (owner is null or length(owner) <= 200),
    created_at timestamptz not null default now(),
    unique (agency_id, code)
);

create table directive_version (
    id             uuid primary key default gen_random_uuid(),
    agency_id      uuid not null references organisation (id),
    directive_id   uuid not null references directive (id),
    label          text not null check (length(btrim(label)) between 1 and 40),
    status         text not null check (status in ('DRAFT', 'APPROVED', 'IN_EFFECT', 'SUPERSEDED')),
    approved_by    text check (approved_by is null or length(approved_by) <= 200),
    approved_on    date,
    effective_date date,
    superseded_on  date,
    superseded_by  uuid references directive_version (id),
    body           text check (body is null or length(body) <= 100000),
    change_summary text check (change_summary is null or length(change_summary) <= 4000),
    -- clock_timestamp, not now(): versions started in one transaction still sort in the order they were made.
    created_at     timestamptz not null default clock_timestamp(),
    unique (directive_id, label),
    -- Approval comes before effect; effect before supersession.
    check (status = 'DRAFT' or (approved_by is not null and approved_on is not null)),
    check (status not in ('IN_EFFECT', 'SUPERSEDED') or (effective_date is not null and effective_date >= approved_on)),
    check ((status = 'SUPERSEDED') = (superseded_on is not null))
);
-- At most one version of a directive is in effect at a time.
create unique index directive_version_in_effect on directive_version (directive_id) where status = 'IN_EFFECT';
create index directive_version_agency on directive_version (agency_id, status);

create table directive_section (
    id         uuid primary key default gen_random_uuid(),
    agency_id  uuid not null references organisation (id),
    version_id uuid not null references directive_version (id),
    number     text not null check (length(btrim(number)) between 1 and 20),
    heading    text not null check (length(btrim(heading)) between 1 and 200),
    excerpt    text check (excerpt is null or length(excerpt) <= 4000),
    position   int  not null,
    unique (version_id, number)
);

-- A section satisfies an element of a standard of a manual edition; a null letter is a standard without elements.
create table element_mapping (
    id              uuid primary key default gen_random_uuid(),
    agency_id       uuid not null references organisation (id),
    section_id      uuid not null references directive_section (id),
    edition_id      uuid not null references manual_edition (id),
    standard_number text not null check (standard_number ~ '^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){1,3}$'),
    element_letter  text check (element_letter is null or element_letter ~ '^[a-z]$')
);
create unique index element_mapping_once on element_mapping (section_id, edition_id, standard_number, coalesce(element_letter, ''));
-- Coverage looks mappings up by agency and edition.
create index element_mapping_coverage on element_mapping (agency_id, edition_id, standard_number);

alter table directive enable row level security;
create policy directive_read on directive for select using (acredita_can_read(agency_id));
create policy directive_write on directive for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table directive_version enable row level security;
create policy directive_version_read on directive_version for select using (acredita_can_read(agency_id));
create policy directive_version_write on directive_version for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table directive_section enable row level security;
create policy directive_section_read on directive_section for select using (acredita_can_read(agency_id));
create policy directive_section_write on directive_section for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table element_mapping enable row level security;
create policy element_mapping_read on element_mapping for select using (acredita_can_read(agency_id));
create policy element_mapping_write on element_mapping for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
