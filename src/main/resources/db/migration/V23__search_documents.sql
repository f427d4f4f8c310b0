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

-- Row-level security lets PostgreSQL use an index only for leakproof operators, and the text-match
-- operator @@ is not one: every search read the whole table (seconds over 200,000 documents). This
-- function finds the candidate rows through the GIN indexes as the table's owner, applying the very
-- same reach rule itself from the caller's session settings (not from its arguments), so a search can
-- still never return another agency's text. The caller's query then reads the rows under the policies.
create function acredita_search_candidates(words text, only_kind text, only_agency uuid, within uuid[],
        max_rows int) returns table (id bigint)
    language plpgsql stable security definer set search_path = public as $$
declare
    es tsquery := plainto_tsquery('spanish', acredita_unaccent(words));
    en tsquery := plainto_tsquery('english', acredita_unaccent(words));
    everything boolean := acredita_reads_everything();
    reach uuid[] := acredita_read_agencies();
begin
    if within is not null and cardinality(within) <= 20 then
        -- A few agencies: their own documents are few, so read them by agency and test the words on each
        -- (the "|| ''" keeps the planner from preferring the text index, which would visit every match).
        return query select d.id from search_document d
            where d.agency_id = any(within) and (everything or d.agency_id = any(reach))
              and ((d.search_es || ''::tsvector) @@ es or (d.search_en || ''::tsvector) @@ en)
              and (only_kind is null or d.kind = only_kind) and (only_agency is null or d.agency_id = only_agency)
            limit max_rows;
    else
        return query select d.id from search_document d
            where (d.search_es @@ es or d.search_en @@ en)
              and (within is null or d.agency_id = any(within)) and (everything or d.agency_id = any(reach))
              and (only_kind is null or d.kind = only_kind) and (only_agency is null or d.agency_id = only_agency)
            limit max_rows;
    end if;
end
$$;
revoke all on function acredita_search_candidates(text, text, uuid, uuid[], int) from public;
grant execute on function acredita_search_candidates(text, text, uuid, uuid[], int) to ${appRole};
