-- What a stored file is and whom it belongs to; the bytes live in the file store under their SHA-256.
create table stored_file (
    id            uuid primary key default gen_random_uuid(),
    agency_id     uuid references organisation (id),
    owner_type    text not null check (owner_type ~ '^[a-z][a-z0-9-]{1,40}$'),
    owner_id      text not null,
    sha256        char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes    bigint not null check (size_bytes >= 0),
    content_type  text not null,
    original_name text not null check (length(original_name) between 1 and 255),
    uploaded_by   uuid references app_user (id),
    uploaded_at   timestamptz not null default now()
);
create index stored_file_owner on stored_file (owner_type, owner_id);
create index stored_file_agency on stored_file (agency_id);

alter table stored_file enable row level security;
create policy stored_file_read on stored_file for select using (acredita_can_read(agency_id));
create policy stored_file_write on stored_file for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
