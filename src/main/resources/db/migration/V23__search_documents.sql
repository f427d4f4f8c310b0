-- The full-text index behind the search port: one row per searchable thing of an agency (a proof of
-- compliance, a directive section...), with its extracted text. Spanish and English vectors are stored
-- (accents ignored), so a search reads indexes only; row-level security keeps every agency's text its own.

create table search_document (
    id          bigint generated always as identity primary key,
    agency_id   uuid not null references organisation (id),
    kind        text not null check (kind ~ '^[a-z][a-z-]{1,40}$'),
    source_id   text not null check (length(source_id) between 1 and 200),
    title       text not null check (length(title) between 1 and 500),
    body        text not null default '' check (length(body) <= 200000),
    link        text check (link is null or link ~ '^/[^\s]*$'),
    indexed_at  timestamptz not null default now(),
    search_es   tsvector generated always as
                    (to_tsvector('spanish', acredita_unaccent(title || ' ' || body))) stored,
    search_en   tsvector generated always as
                    (to_tsvector('english', acredita_unaccent(title || ' ' || body))) stored,
    unique (kind, source_id)
);
create index search_document_agency on search_document (agency_id);
create index search_document_es on search_document using gin (search_es);
create index search_document_en on search_document using gin (search_en);

alter table search_document enable row level security;
create policy search_document_read on search_document for select using (acredita_can_read(agency_id));
create policy search_document_write on search_document for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
