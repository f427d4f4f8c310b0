-- Proofs of compliance: what an agency shows to prove a standard of its accreditation file in one year of
-- the four-year cycle. A proof is a stored file (kept once per content by its SHA-256 in the file store),
-- a note or a link. Time-sensitive standards expect one proof per period of their frequency (a quarter, a
-- month...); the period a proof covers is kept so missing and late ones can be shown.

create table proof (
    id               uuid primary key,
    file_id          uuid not null references accreditation_file (id) on delete cascade,
    agency_id        uuid not null references organisation (id),
    number           text not null,
    kind             text not null check (kind in ('FILE', 'NOTE', 'LINK')),
    title            text not null check (length(btrim(title)) between 1 and 255),
    stored_file_id   uuid references stored_file (id),
    sha256           char(64) check (sha256 ~ '^[0-9a-f]{64}$'),
    note             text check (note is null or length(note) <= 4000),
    url              text check (url is null or (length(url) <= 2000 and url ~* '^https?://')),
    document_date    date not null,
    cycle_year       integer not null check (cycle_year between 1 and 4),
    -- the period of the year a time-sensitive proof covers (1 = first quarter, month...), else null
    period           integer check (period between 1 and 12),
    late_explanation text check (late_explanation is null or length(late_explanation) <= 4000),
    -- whether the file's words went into the search index (files too large are indexed by title only)
    text_indexed     boolean not null default false,
    created_by       uuid references app_user (id),
    created_by_name  text not null,
    created_at       timestamptz not null default clock_timestamp(),
    foreign key (file_id, number) references file_standard (file_id, number) on delete cascade,
    check ((kind = 'FILE') = (stored_file_id is not null and sha256 is not null)),
    check (kind <> 'NOTE' or note is not null),
    check ((kind = 'LINK') = (url is not null))
);
-- Sending the same file again for the same standard and year is a retry, not a second proof.
create unique index proof_same_content on proof (file_id, number, cycle_year, sha256) where sha256 is not null;
create index proof_standard on proof (file_id, number, cycle_year, document_date);

alter table proof enable row level security;
create policy proof_read on proof for select using (acredita_can_read(agency_id));
create policy proof_write on proof for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
