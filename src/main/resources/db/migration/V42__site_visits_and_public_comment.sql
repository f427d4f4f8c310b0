-- The visit of a site-based assessment: its days (inside the assessment's window), the schedule of what the team
-- does on site, the team's interview and observation notes linked to standards, and the public comment period
-- that opens when the visit is announced (at least the programme's notice before it starts) and closes at the
-- visit's end. Rows belong to the agency under assessment and sit under row-level security like V40; only the
-- rate-limit counters are shared by every node and hold no address (a keyed hash of it, with a daily key).

create table site_visit (
    id                uuid primary key default gen_random_uuid(),  -- also the public comment period's id
    assessment_id     uuid not null unique references assessment (id),
    agency_id         uuid not null references organisation (id),
    starts_on         date not null,
    ends_on           date not null check (ends_on >= starts_on),
    time_zone         text not null,
    -- The notice the programme asked for when the visit was announced, and when comments opened and close.
    notice_days       int  not null check (notice_days >= 0),
    comments_open_at  timestamptz not null,
    comments_close_at timestamptz not null check (comments_close_at > comments_open_at),
    created_by        uuid,
    created_at        timestamptz not null default clock_timestamp()
);
create index site_visit_comments_open on site_visit (comments_close_at, comments_open_at);

create table site_visit_item (
    id            uuid primary key default gen_random_uuid(),
    site_visit_id uuid not null references site_visit (id),
    agency_id     uuid not null references organisation (id),
    kind          text not null check (kind in ('INTERVIEW', 'OBSERVATION', 'RIDE_ALONG', 'FACILITY_TOUR',
                                                'PUBLIC_SESSION', 'OTHER')),
    title         text not null check (length(title) between 1 and 200),
    place         text not null check (length(place) between 1 and 300),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null check (ends_at > starts_at),
    team_members  uuid[] not null default '{}',
    agency_people text not null default '' check (length(agency_people) <= 1000),
    notes         text not null default '' check (length(notes) <= 4000),
    updated_by    uuid,
    updated_at    timestamptz not null default clock_timestamp()
);
create index site_visit_item_visit on site_visit_item (site_visit_id, starts_at);

-- The team's notes from an interview or an observation; the standards by number, checked against the scope.
create table site_visit_note (
    id            uuid primary key default gen_random_uuid(),
    site_visit_id uuid not null references site_visit (id),
    agency_id     uuid not null references organisation (id),
    item_id       uuid references site_visit_item (id) on delete set null,
    kind          text not null check (kind in ('INTERVIEW', 'OBSERVATION')),
    standards     text[] not null default '{}',
    body          text not null check (length(body) between 1 and 10000),
    author_id     uuid not null,
    created_at    timestamptz not null default clock_timestamp()
);
create index site_visit_note_visit on site_visit_note (site_visit_id, created_at);

create table public_comment (
    id            uuid primary key default gen_random_uuid(),
    site_visit_id uuid not null references site_visit (id),
    agency_id     uuid not null references organisation (id),
    channel       text not null check (channel in ('WEB', 'PUBLIC_SESSION', 'TELEPHONE')),
    author_name   text check (length(author_name) <= 200),
    contact       text check (length(contact) <= 200),
    body          text not null check (length(body) between 1 and 4000),
    state         text not null default 'PENDING' check (state in ('PENDING', 'ACCEPTED', 'REJECTED')),
    reject_reason text check (length(reject_reason) <= 1000),
    check ((state = 'REJECTED') = (reject_reason is not null)),
    received_at   timestamptz not null default clock_timestamp(),
    recorded_by   uuid,
    moderated_by  uuid,
    moderated_at  timestamptz
);
create index public_comment_visit on public_comment (site_visit_id, received_at);

-- A day's key for hashing addresses: made once by whichever node needs it first, dropped with the day.
create table public_comment_rate_key (
    day date primary key,
    key bytea not null
);

-- Submissions per hashed address and hour, counted by one atomic upsert so several nodes share the limit.
create table public_comment_rate (
    address_hash text not null,
    hour_start   timestamptz not null,
    hits         int not null,
    primary key (address_hash, hour_start)
);

alter table site_visit enable row level security;
create policy site_visit_read on site_visit for select using (acredita_can_read(agency_id));
create policy site_visit_write on site_visit for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table site_visit_item enable row level security;
create policy site_visit_item_read on site_visit_item for select using (acredita_can_read(agency_id));
create policy site_visit_item_write on site_visit_item for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table site_visit_note enable row level security;
create policy site_visit_note_read on site_visit_note for select using (acredita_can_read(agency_id));
create policy site_visit_note_write on site_visit_note for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table public_comment enable row level security;
create policy public_comment_read on public_comment for select using (acredita_can_read(agency_id));
create policy public_comment_write on public_comment for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
