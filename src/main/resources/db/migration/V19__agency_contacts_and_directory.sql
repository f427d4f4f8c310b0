-- The people an agency's partners reach (besides its accreditation manager), and what the agency list
-- needs to filter and page 2,500 agencies in one query.

create table agency_contact (
    id              bigint generated always as identity primary key,
    agency_id       uuid not null references organisation (id),
    name            text not null check (length(trim(name)) between 2 and 200),
    position_title  text check (position_title is null or length(position_title) <= 200),
    email           text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    phone           text check (phone is null or length(phone) <= 40),
    notes           text check (notes is null or length(notes) <= 1000),
    is_primary      boolean not null default false,
    sort            integer not null default 0,
    updated_at      timestamptz not null default now(),
    -- a contact nobody can reach is no contact
    check (email is not null or phone is not null)
);
create index agency_contact_agency on agency_contact (agency_id, sort, id);
create unique index agency_contact_one_primary on agency_contact (agency_id) where is_primary;

alter table agency_contact enable row level security;
create policy agency_contact_read on agency_contact for select using (acredita_can_read(agency_id));
create policy agency_contact_write on agency_contact for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

-- Identity's published, read-only view of agency names, so the agencies module can filter, sort and page
-- its list in SQL without reading identity's table directly. security_invoker keeps organisation's
-- row-level security: a caller sees the names of the agencies it may see, and no other.
create view agency_directory with (security_invoker = true) as
    select id as agency_id, name from organisation where kind = 'AGENCY';

-- The list sorts by the name as a Spanish reader expects it (accents do not move a name) and pages.
create index organisation_agency_name on organisation (acredita_unaccent(lower(name)), id) where kind = 'AGENCY';
create index agency_profile_state on agency_profile (state_code);
create index agency_profile_kind on agency_profile (kind);
-- An agency's standing is its latest enrolment, open ones first.
create index agency_enrolment_standing on agency_enrolment (agency_id, updated_at desc);
