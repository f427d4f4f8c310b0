-- An agency's personnel roster (issue 15 §1): the people directives are distributed to, whether or not they
-- have an account. Units and ranks are lists the agency manages; a person points at one of each of the same
-- agency (composite keys), so later distributions choose people by unit, rank, position or name.
create table personnel_unit (
    id         uuid primary key,
    agency_id  uuid not null references organisation (id),
    name       text not null check (length(btrim(name)) between 1 and 120),
    created_at timestamptz not null default now(),
    unique (agency_id, id)
);
create unique index personnel_unit_name on personnel_unit (agency_id, lower(name));

-- Ranks in order of seniority (1 = most junior), as the agency lists them.
create table personnel_rank (
    id         uuid primary key,
    agency_id  uuid not null references organisation (id),
    name       text not null check (length(btrim(name)) between 1 and 120),
    seniority  int not null check (seniority between 1 and 1000),
    created_at timestamptz not null default now(),
    unique (agency_id, id)
);
create unique index personnel_rank_name on personnel_rank (agency_id, lower(name));

create table personnel_member (
    id              uuid primary key,
    agency_id       uuid not null references organisation (id),
    employee_number text not null check (length(btrim(employee_number)) between 1 and 40),
    full_name       text not null check (length(btrim(full_name)) between 1 and 200),
    rank_id         uuid not null,
    unit_id         uuid not null,
    position        text check (position is null or length(position) <= 120),
    status          text not null check (status in ('ACTIVE', 'ON_LEAVE', 'SEPARATED')),
    email           text check (email is null or length(email) <= 254),
    phone           text check (phone is null or length(phone) <= 40),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    foreign key (agency_id, rank_id) references personnel_rank (agency_id, id),
    foreign key (agency_id, unit_id) references personnel_unit (agency_id, id)
);
-- A re-import matches people by their employee number: one person per number in an agency.
create unique index personnel_member_number on personnel_member (agency_id, employee_number);
create index personnel_member_unit on personnel_member (agency_id, unit_id);
create index personnel_member_rank on personnel_member (agency_id, rank_id);

-- A previewed import waiting for the manager's confirmation: the file as sent, so what is committed is exactly
-- what was previewed. An agency keeps at most its latest few; older ones are removed when a new one comes.
create table personnel_import (
    id          uuid primary key,
    agency_id   uuid not null references organisation (id),
    file_name   text not null check (length(file_name) <= 255),
    content     bytea not null,
    created_by  uuid,
    created_at  timestamptz not null default now()
);
create index personnel_import_agency on personnel_import (agency_id, created_at);

-- Personal data: readable only where the caller may also write (the agency's own people, its assigned advisors
-- and the programme's staff), so a funder or commissioner, who read every agency, sees no row even if a service
-- check were forgotten. Which of those roles may see it is the service's rule (managers, chief executive,
-- advisors read-only).
alter table personnel_unit enable row level security;
create policy personnel_unit_read on personnel_unit for select using (acredita_can_write(agency_id));
create policy personnel_unit_write on personnel_unit for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table personnel_rank enable row level security;
create policy personnel_rank_read on personnel_rank for select using (acredita_can_write(agency_id));
create policy personnel_rank_write on personnel_rank for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table personnel_member enable row level security;
create policy personnel_member_read on personnel_member for select using (acredita_can_write(agency_id));
create policy personnel_member_write on personnel_member for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table personnel_import enable row level security;
create policy personnel_import_read on personnel_import for select using (acredita_can_write(agency_id));
create policy personnel_import_write on personnel_import for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
