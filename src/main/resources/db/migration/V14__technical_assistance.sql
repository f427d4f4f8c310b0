-- The technical-assistance log: advisors' visits and remote sessions with an agency.

-- Topics are chapter or standard numbers ("4", "1.2", "4.1.3"); checked here too so no path stores another shape.
create function assistance_topics_valid(topics text[]) returns boolean language sql immutable as $$
    select coalesce(bool_and(t ~ '^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){0,3}$'), true) from unnest(topics) t
$$;

create table assistance_session (
    id                  uuid primary key default gen_random_uuid(),
    agency_id           uuid not null references organisation (id),
    occurred_on         date not null,
    mode                text not null check (mode in ('ON_SITE', 'REMOTE')),
    duration_minutes    integer not null check (duration_minutes between 1 and 1440),
    advisors            text not null check (length(advisors) between 1 and 1000),
    agency_participants text check (agency_participants is null or length(agency_participants) <= 1000),
    topics              text[] not null default '{}' check (assistance_topics_valid(topics) and cardinality(topics) <= 30),
    summary             text not null check (length(summary) between 1 and 4000),
    follow_up           text check (follow_up is null or length(follow_up) <= 4000),
    recorded_by         uuid,
    recorded_by_name    text not null,
    created_at          timestamptz not null default now()
);
create index assistance_session_agency on assistance_session (agency_id, occurred_on desc);
create index assistance_session_month on assistance_session (occurred_on);

alter table assistance_session enable row level security;
create policy assistance_session_read on assistance_session for select using (acredita_can_read(agency_id));
create policy assistance_session_insert on assistance_session for insert with check (acredita_can_write(agency_id));
-- The log is a record of what happened: a correction is a new entry, never an edit.
revoke update, delete, truncate on assistance_session from ${appRole};
