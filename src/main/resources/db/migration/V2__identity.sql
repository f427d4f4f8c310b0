-- Organisations, people, their roles and their assignments to agencies.

create table organisation (
    id          uuid primary key default gen_random_uuid(),
    kind        text not null check (kind in ('AGENCY', 'ADVISORY', 'ACCREDITOR', 'FUNDER')),
    name        text not null check (length(trim(name)) between 2 and 200),
    state_code  char(2) check (state_code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
    time_zone   text not null default 'America/Mexico_City',
    created_at  timestamptz not null default now(),
    -- an agency's rows carry its id; for an agency organisation that is its own id
    agency_id   uuid generated always as (case when kind = 'AGENCY' then id end) stored
);
create unique index organisation_name_unique on organisation (lower(name));

create table app_user (
    id                  uuid primary key default gen_random_uuid(),
    username            text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,59}$'),
    display_name        text not null check (length(trim(display_name)) between 2 and 120),
    email               text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    password_hash       text,
    locale              text not null default 'es-MX' check (locale in ('es-MX', 'en')),
    organisation_id     uuid not null references organisation (id),
    agency_id           uuid references organisation (id),
    enabled             boolean not null default true,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz
);
create unique index app_user_username_unique on app_user (username);
create index app_user_organisation on app_user (organisation_id);

create table role_grant (
    user_id    uuid not null references app_user (id) on delete cascade,
    role       text not null check (role in ('ADMIN', 'AGENCY_CEO', 'ACCREDITATION_MANAGER', 'AGENCY_STAFF',
                   'ADVISOR', 'REGIONAL_MANAGER', 'PROGRAMME_MANAGER', 'ASSESSOR', 'TEAM_LEADER',
                   'COMMISSIONER', 'FUNDER_OFFICER')),
    agency_id  uuid references organisation (id),
    granted_at timestamptz not null default now(),
    granted_by uuid references app_user (id),
    primary key (user_id, role)
);

-- Advisors, assessors and team leaders work on the agencies they are assigned to.
create table agency_assignment (
    user_id     uuid not null references app_user (id) on delete cascade,
    agency_id   uuid not null references organisation (id),
    assigned_at timestamptz not null default now(),
    assigned_by uuid references app_user (id),
    primary key (user_id, agency_id)
);
create index agency_assignment_agency on agency_assignment (agency_id);

-- Sign-in attempts per user name (known or not, so the answer never tells which names exist); every
-- attempt is counted before the password is checked, so parallel guesses cannot outrun the limit.
create table login_throttle (
    username     text primary key,
    attempts     integer not null default 0,
    locked_until timestamptz
);

-- One-time links: invitations to set a first password, and the first administrator's setup link.
create table one_time_link (
    token_hash  text primary key,
    purpose     text not null check (purpose in ('INVITATION', 'SETUP')),
    user_id     uuid references app_user (id) on delete cascade,
    agency_id   uuid references organisation (id),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- Personal access tokens for API clients: only a hash is kept.
create table access_token (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references app_user (id) on delete cascade,
    agency_id    uuid references organisation (id),
    name         text not null check (length(trim(name)) between 1 and 80),
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index access_token_user on access_token (user_id);

alter table organisation enable row level security;
create policy organisation_read on organisation for select using (acredita_can_read(agency_id));
create policy organisation_write on organisation for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table app_user enable row level security;
create policy app_user_read on app_user for select
    using (acredita_can_read(agency_id) or id = acredita_current_user());
create policy app_user_write on app_user for all
    using (acredita_writes_everything() or id = acredita_current_user())
    with check (acredita_writes_everything() or id = acredita_current_user());

alter table role_grant enable row level security;
create policy role_grant_read on role_grant for select using (acredita_can_read(agency_id));
create policy role_grant_write on role_grant for all using (acredita_writes_everything())
    with check (acredita_writes_everything());

alter table agency_assignment enable row level security;
create policy agency_assignment_read on agency_assignment for select using (acredita_can_read(agency_id));
create policy agency_assignment_write on agency_assignment for all using (acredita_writes_everything())
    with check (acredita_writes_everything());

alter table login_throttle enable row level security;
create policy login_throttle_system on login_throttle for all using (acredita_writes_everything())
    with check (acredita_writes_everything());

alter table one_time_link enable row level security;
create policy one_time_link_all on one_time_link for all using (acredita_writes_everything())
    with check (acredita_writes_everything());

alter table access_token enable row level security;
create policy access_token_own on access_token for all
    using (acredita_writes_everything() or user_id = acredita_current_user())
    with check (acredita_writes_everything() or user_id = acredita_current_user());
