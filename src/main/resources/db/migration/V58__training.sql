-- Training of a funded programme (issue 12 §1): workshops, webinars and on-site sessions for the agencies' people,
-- who attended and for how many hours. Materials are stored files (owner 'training-material', no agency).

create table training_event (
    id             uuid primary key,
    programme_id   uuid not null references funded_programme (id),
    topic          text not null check (length(btrim(topic)) between 3 and 200),
    format         text not null check (format in ('WORKSHOP', 'WEBINAR', 'ON_SITE')),
    audiences      text[] not null check (cardinality(audiences) between 1 and 4
                       and audiences <@ array['CHIEF_EXECUTIVES', 'ACCREDITATION_MANAGERS', 'STAFF', 'ASSESSORS']),
    held_on        date not null,
    duration_hours numeric(5, 1) not null check (duration_hours > 0 and duration_hours <= 200),
    place          text check (place is null or length(place) <= 300),
    link           text check (link is null or (link ~ '^https://' and length(link) <= 500)),
    trainers       text not null check (length(btrim(trainers)) between 2 and 500),
    description    text check (description is null or length(description) <= 4000),
    created_by     uuid,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (place is not null or link is not null)
);
create index training_event_programme on training_event (programme_id, held_on desc);

-- An agency invited to an event: its people may be recorded as attending.
create table training_invitation (
    event_id  uuid not null references training_event (id),
    agency_id uuid not null references organisation (id),
    primary key (event_id, agency_id)
);
create index training_invitation_agency on training_invitation (agency_id);

create sequence training_certificate_number;

-- One person at one event: one of the agency's users, or a person typed in (name and position).
create table training_attendance (
    id                 uuid primary key,
    event_id           uuid not null,
    agency_id          uuid not null,
    user_id            uuid references app_user (id),
    full_name          text not null check (length(btrim(full_name)) between 2 and 200),
    position           text check (position is null or length(position) <= 120),
    hours              numeric(5, 1) not null check (hours > 0 and hours <= 200),
    certificate_number bigint not null unique default nextval('training_certificate_number'),
    recorded_by        uuid,
    created_at         timestamptz not null default now(),
    -- Attendance only of an invited agency; an invitation with attendance cannot be withdrawn.
    foreign key (event_id, agency_id) references training_invitation (event_id, agency_id)
);
create unique index training_attendance_user on training_attendance (event_id, user_id) where user_id is not null;
create unique index training_attendance_name on training_attendance (event_id, agency_id, lower(btrim(full_name)));
create index training_attendance_agency on training_attendance (agency_id, event_id);

-- Events carry no agency: every signed-in person may read them (the service shows those of the caller's
-- programmes); those who change everything change any, programme staff with a narrower reach their own.
alter table training_event enable row level security;
create policy training_event_read on training_event for select using (acredita_can_read(null));
create policy training_event_write on training_event for all
    using (acredita_can_write(null) or created_by = (select acredita_current_user()))
    with check (acredita_can_write(null) or created_by = (select acredita_current_user()));

alter table training_invitation enable row level security;
create policy training_invitation_read on training_invitation for select using (acredita_can_read(agency_id));
create policy training_invitation_write on training_invitation for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

-- An agency sees only its own people's attendance.
alter table training_attendance enable row level security;
create policy training_attendance_read on training_attendance for select using (acredita_can_read(agency_id));
create policy training_attendance_write on training_attendance for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
