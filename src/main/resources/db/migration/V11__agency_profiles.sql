-- What an agency is: kind, level, place, size, functions and the people who lead its accreditation.

create table agency_profile (
    agency_id            uuid primary key references organisation (id),
    kind                 text not null check (kind in ('LAW_ENFORCEMENT', 'COMMUNICATIONS_CENTRE', 'ACADEMY',
                             'CAMPUS_SECURITY')),
    centre_type          text check (centre_type in ('C2', 'C4', 'C5', 'EMERGENCY_911')),
    level                text not null check (level in ('FEDERAL', 'STATE', 'MUNICIPAL')),
    state_code           char(2) not null references mexican_state (code),
    municipality_code    char(5) references municipality (code),
    parent_secretariat   text check (parent_secretariat is null or length(parent_secretariat) <= 200),
    sworn_personnel      integer not null default 0 check (sworn_personnel between 0 and 500000),
    civilian_personnel   integer not null default 0 check (civilian_personnel between 0 and 500000),
    population_served    integer check (population_served is null or population_served >= 0),
    functions            text[] not null default '{}',
    chief_executive      text check (chief_executive is null or length(chief_executive) <= 200),
    preferred_language   text not null default 'es-MX' check (preferred_language in ('es-MX', 'en')),
    updated_at           timestamptz not null default now(),
    check (centre_type is null or kind = 'COMMUNICATIONS_CENTRE'),
    check (municipality_code is null or substr(municipality_code, 1, 2) = state_code)
);

-- Accreditation managers change often; each change is a recorded handover so history is never lost.
create table accreditation_manager (
    id         bigint generated always as identity primary key,
    agency_id  uuid not null references organisation (id),
    name       text not null check (length(trim(name)) between 2 and 200),
    email      text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    started_on date not null,
    ended_on   date,
    notes      text check (notes is null or length(notes) <= 2000),
    check (ended_on is null or ended_on >= started_on)
);
create unique index accreditation_manager_current on accreditation_manager (agency_id) where ended_on is null;

alter table agency_profile enable row level security;
create policy agency_profile_read on agency_profile for select using (acredita_can_read(agency_id));
create policy agency_profile_write on agency_profile for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table accreditation_manager enable row level security;
create policy accreditation_manager_read on accreditation_manager for select using (acredita_can_read(agency_id));
create policy accreditation_manager_write on accreditation_manager for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
