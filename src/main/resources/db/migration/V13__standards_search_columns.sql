-- Search without rebuilding text vectors per query: unaccent() is only STABLE (its dictionary could change),
-- so generated columns use a wrapper naming the dictionary explicitly, which is safe to declare IMMUTABLE.
create function acredita_unaccent(text) returns text
    language sql immutable parallel safe strict as $$
    select public.unaccent('public.unaccent'::regdictionary, $1)
$$;

alter table standard
    add column search_es tsvector generated always as (to_tsvector('spanish',
        acredita_unaccent(coalesce(title_es, '') || ' ' || coalesce(statement_es, '')))) stored,
    add column search_en tsvector generated always as (to_tsvector('english',
        acredita_unaccent(coalesce(title_en, '') || ' ' || coalesce(statement_en, '')))) stored,
    add column search_titles text generated always as (
        acredita_unaccent(lower(coalesce(title_es, '') || ' ' || coalesce(title_en, '')))) stored;

-- Search across editions (later: the whole library) uses these; within one edition the edition index
-- narrows first.
create index standard_search_es on standard using gin (search_es);
create index standard_search_en on standard using gin (search_en);
