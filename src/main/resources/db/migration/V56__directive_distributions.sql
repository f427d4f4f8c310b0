-- Distribution of approved directive versions to the roster with read-and-acknowledge (issue 15 §2).
-- A recipient row copies who the person was when the directive reached them (number, name, rank, unit), so the
-- acknowledgement list stays the record of that moment whatever the roster later says, and progress by unit is one
-- scan of one table.
create table distribution (
    id            uuid primary key,
    agency_id     uuid not null references organisation (id),
    title         text not null check (length(btrim(title)) between 1 and 200),
    due_on        date not null,
    -- Personal links stop working this long after the due date (late acknowledgements are still welcome until then).
    links_expire  date not null check (links_expire >= due_on),
    chosen        text not null check (length(chosen) <= 4000),
    created_by    uuid,
    created_at    timestamptz not null default now(),
    unique (agency_id, id)
);
create index distribution_agency on distribution (agency_id, created_at desc);

-- The directive versions sent, with the SHA-256 of each one's text when it was sent.
create table distribution_document (
    distribution_id uuid not null,
    agency_id       uuid not null,
    version_id      uuid not null references directive_version (id),
    position        int not null,
    code            text not null,
    title           text not null,
    label           text not null,
    text_sha256     text not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    primary key (distribution_id, version_id),
    foreign key (agency_id, distribution_id) references distribution (agency_id, id)
);

create table distribution_recipient (
    id               uuid primary key,
    agency_id        uuid not null,
    distribution_id  uuid not null,
    person_id        uuid not null references personnel_member (id),
    employee_number  text not null,
    full_name        text not null,
    rank_name        text not null,
    unit_name        text not null,
    position         text,
    email            text,
    -- SHA-256 of the personal one-time link's token; the token itself is never stored.
    token_hash       bytea unique,
    opened_at        timestamptz,
    acknowledged_at  timestamptz,
    channel          text check (channel in ('LINK', 'SIGNED_IN')),
    acknowledged_by  uuid,
    seconds_spent    int check (seconds_spent is null or seconds_spent >= 0),
    text_sha256      text check (text_sha256 is null or text_sha256 ~ '^[0-9a-f]{64}$'),
    unique (distribution_id, person_id),
    foreign key (agency_id, distribution_id) references distribution (agency_id, id),
    check ((acknowledged_at is null) = (channel is null) and (acknowledged_at is null) = (text_sha256 is null))
);
create index distribution_recipient_progress on distribution_recipient (distribution_id, unit_name)
    include (acknowledged_at);
-- A signed-in person finds what they have to acknowledge by the e-mail address of their account.
create index distribution_recipient_email on distribution_recipient (agency_id, lower(email))
    where acknowledged_at is null;

-- Personal data, as the roster: readable only where the caller may also write the agency, so the funder, the
-- commissioners and other agencies see no row even if a service check were forgotten. The one-time links are
-- answered as the system, after the token's hash has found the row.
alter table distribution enable row level security;
create policy distribution_read on distribution for select using (acredita_can_write(agency_id));
create policy distribution_write on distribution for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table distribution_document enable row level security;
create policy distribution_document_read on distribution_document for select using (acredita_can_write(agency_id));
create policy distribution_document_write on distribution_document for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

alter table distribution_recipient enable row level security;
create policy distribution_recipient_read on distribution_recipient for select
    using (acredita_can_write(agency_id));
create policy distribution_recipient_write on distribution_recipient for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
