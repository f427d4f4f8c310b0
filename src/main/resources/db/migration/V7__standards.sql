-- Standards manuals: programmes, their editions, chapters, sections, standards, elements and crosswalks.
-- They are the accreditation body's reference data, read by every party and owned by no agency, so these
-- tables carry no agency_id and no row-level security; the service decides who may import or publish.
-- A published edition is never changed: a new text is imported as a new edition (code + version).

create table programme (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_es  text not null,
    name_en  text not null,
    position int  not null
);
insert into programme (code, name_es, name_en, position) values
    ('LAW_ENFORCEMENT', 'Instituciones policiales', 'Law Enforcement', 1),
    ('COMMUNICATIONS', 'Comunicaciones de seguridad pública', 'Public Safety Communications', 2),
    ('TRAINING_ACADEMY', 'Academias de formación en seguridad pública', 'Public Safety Training Academy', 3),
    ('CAMPUS_SECURITY', 'Seguridad en campus', 'Campus Security', 4);

-- What an agency does; a standard that depends on a function applies only to agencies performing it.
-- Shared with the agency profiles of a later module.
create table agency_function (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_es  text not null,
    name_en  text not null,
    position int  not null
);
insert into agency_function (code, name_es, name_en, position) values
    ('HOLDING_FACILITY', 'Área de detención', 'Holding facility', 1),
    ('TRAFFIC', 'Tránsito y vialidad', 'Traffic', 2),
    ('TACTICAL_TEAM', 'Grupo táctico', 'Tactical team', 3),
    ('K9', 'Unidad canina', 'K-9 unit', 4),
    ('MARINE', 'Unidad marítima', 'Marine unit', 5),
    ('AVIATION', 'Unidad aérea', 'Aviation unit', 6),
    ('CALL_TAKING_911', 'Atención de llamadas 9-1-1', '9-1-1 call taking', 7),
    ('DISPATCH', 'Despacho', 'Dispatch', 8),
    ('BASIC_ACADEMY_TRAINING', 'Formación inicial', 'Basic academy training', 9),
    ('IN_SERVICE_TRAINING', 'Capacitación continua', 'In-service training', 10);

create table manual_edition (
    id                     uuid primary key default gen_random_uuid(),
    programme              text not null references programme (code),
    code                   text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    version                text not null check (version ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    title_es               text,
    title_en               text,
    effective_date         date not null,
    transition_date        date,
    status                 text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    authoritative_language text not null check (authoritative_language in ('es', 'en')),
    required_languages     text[] not null check (required_languages <@ array['es', 'en']),
    imported_at            timestamptz not null default now(),
    published_at           timestamptz,
    retired_at             timestamptz,
    unique (code, version),
    check (coalesce(title_es, title_en) is not null),
    check (transition_date is null or transition_date >= effective_date),
    check (status = 'DRAFT' or published_at is not null),
    check (status <> 'RETIRED' or retired_at is not null)
);

-- Agency size classes by authorised full-time personnel (e.g. 1-24, 25-199, 200-999, 1000+).
create table size_class (
    id            uuid primary key default gen_random_uuid(),
    edition_id    uuid not null references manual_edition (id),
    code          text not null check (code ~ '^[A-Za-z0-9_-]{1,20}$'),
    min_personnel int  not null check (min_personnel >= 0),
    max_personnel int  check (max_personnel is null or max_personnel >= min_personnel),
    position      int  not null,
    unique (edition_id, code)
);

-- Named subsets of an edition's standards (e.g. a basic tier and an advanced tier holding all).
create table tier (
    id         uuid primary key default gen_random_uuid(),
    edition_id uuid not null references manual_edition (id),
    code       text not null check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
    name_es    text,
    name_en    text,
    position   int  not null,
    unique (edition_id, code),
    check (coalesce(name_es, name_en) is not null)
);

create table chapter (
    id         uuid primary key default gen_random_uuid(),
    edition_id uuid not null references manual_edition (id),
    number     int  not null check (number > 0),
    title_es   text,
    title_en   text,
    position   int  not null,
    unique (edition_id, number),
    check (coalesce(title_es, title_en) is not null)
);

create table section (
    id         uuid primary key default gen_random_uuid(),
    chapter_id uuid not null references chapter (id),
    number     int  not null check (number > 0),
    title_es   text,
    title_en   text,
    position   int  not null,
    unique (chapter_id, number),
    check (coalesce(title_es, title_en) is not null)
);

create table standard (
    id                 uuid primary key default gen_random_uuid(),
    edition_id         uuid not null references manual_edition (id),
    chapter_id         uuid not null references chapter (id),
    section_id         uuid references section (id),
    number             text not null check (number ~ '^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){1,3}$'),
    -- 4.2.10 sorts after 4.2.9: the number's parts as integers
    sort_key           int[] not null,
    title_es           text,
    title_en           text,
    statement_es       text,
    statement_en       text,
    commentary_es      text,
    commentary_en      text,
    proof_guidance_es  text,
    proof_guidance_en  text,
    translation_status text not null check (translation_status in ('MISSING', 'MACHINE', 'REVIEWED')),
    level              text not null check (level in ('MANDATORY', 'OTHER')),
    frequency          text check (frequency in ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL', 'BIENNIAL',
                                                 'ONCE_PER_CYCLE', 'ON_EVENT')),
    frequency_proof_es text,
    frequency_proof_en text,
    unique (edition_id, number),
    unique (edition_id, sort_key),
    check (coalesce(title_es, title_en) is not null),
    check (coalesce(statement_es, statement_en) is not null),
    check ((frequency is null) = (coalesce(frequency_proof_es, frequency_proof_en) is null))
);
create index standard_edition_order on standard (edition_id, sort_key);

-- A level that differs from the standard's own for agencies of one size class.
create table standard_level (
    standard_id   uuid not null references standard (id),
    size_class_id uuid not null references size_class (id),
    level         text not null check (level in ('MANDATORY', 'OTHER')),
    primary key (standard_id, size_class_id)
);

create table standard_tier (
    standard_id uuid not null references standard (id),
    tier_id     uuid not null references tier (id),
    primary key (standard_id, tier_id)
);

-- The agency functions a standard depends on: it applies only when the agency performs all of them.
create table standard_function (
    standard_id   uuid not null references standard (id),
    function_code text not null references agency_function (code),
    primary key (standard_id, function_code)
);

create table element (
    standard_id uuid not null references standard (id),
    letter      text not null check (letter ~ '^[a-z]$'),
    text_es     text,
    text_en     text,
    position    int  not null,
    primary key (standard_id, letter),
    check (coalesce(text_es, text_en) is not null)
);

-- How the standards of an earlier edition map onto this one. NEW has no earlier counterpart and
-- REMOVED none in this edition.
create table crosswalk (
    id               uuid primary key default gen_random_uuid(),
    edition_id       uuid not null references manual_edition (id),
    from_edition_id  uuid not null references manual_edition (id),
    from_standard_id uuid references standard (id),
    to_standard_id   uuid references standard (id),
    relationship     text not null check (relationship in ('EQUAL', 'SUBSET', 'SUPERSET', 'INTERSECTS', 'NEW',
                                                           'REMOVED')),
    position         int  not null,
    check (edition_id <> from_edition_id),
    check (case relationship
               when 'NEW' then from_standard_id is null and to_standard_id is not null
               when 'REMOVED' then from_standard_id is not null and to_standard_id is null
               else from_standard_id is not null and to_standard_id is not null end)
);
create index crosswalk_edition on crosswalk (edition_id);
create index crosswalk_from on crosswalk (from_edition_id);

-- The database's own guard that what agencies were assessed against stays as it was: the content of a
-- published or retired edition cannot be inserted into, changed or deleted, whatever the caller.
create function standards_refuse_unless_draft() returns trigger
    language plpgsql as $$
declare
    changed jsonb[] := '{}';
    row_data jsonb;
    edition uuid;
begin
    if TG_OP in ('UPDATE', 'DELETE') then
        changed := changed || to_jsonb(OLD);
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        changed := changed || to_jsonb(NEW);
    end if;
    foreach row_data in array changed loop
        edition := case TG_ARGV[0]
            when 'edition' then (row_data ->> 'edition_id')::uuid
            when 'chapter' then (select c.edition_id from chapter c where c.id = (row_data ->> 'chapter_id')::uuid)
            when 'standard' then (select s.edition_id from standard s where s.id = (row_data ->> 'standard_id')::uuid)
        end;
        if exists (select 1 from manual_edition e where e.id = edition and e.status <> 'DRAFT') then
            raise exception 'Manual edition % is no longer a draft: its content cannot change', edition
                using errcode = 'integrity_constraint_violation';
        end if;
    end loop;
    return null;
end
$$;

create trigger size_class_unless_draft after insert or update or delete on size_class
    for each row execute function standards_refuse_unless_draft('edition');
create trigger tier_unless_draft after insert or update or delete on tier
    for each row execute function standards_refuse_unless_draft('edition');
create trigger chapter_unless_draft after insert or update or delete on chapter
    for each row execute function standards_refuse_unless_draft('edition');
create trigger section_unless_draft after insert or update or delete on section
    for each row execute function standards_refuse_unless_draft('chapter');
create trigger standard_unless_draft after insert or update or delete on standard
    for each row execute function standards_refuse_unless_draft('edition');
create trigger standard_level_unless_draft after insert or update or delete on standard_level
    for each row execute function standards_refuse_unless_draft('standard');
create trigger standard_tier_unless_draft after insert or update or delete on standard_tier
    for each row execute function standards_refuse_unless_draft('standard');
create trigger standard_function_unless_draft after insert or update or delete on standard_function
    for each row execute function standards_refuse_unless_draft('standard');
create trigger element_unless_draft after insert or update or delete on element
    for each row execute function standards_refuse_unless_draft('standard');
create trigger crosswalk_unless_draft after insert or update or delete on crosswalk
    for each row execute function standards_refuse_unless_draft('edition');

-- An edition only moves forward (draft → published → retired), and once published only its status
-- and the time of each change are written; it is never deleted.
create function standards_edition_guard() returns trigger
    language plpgsql as $$
declare
    moving constant text[] := array['status', 'published_at', 'retired_at'];
begin
    if TG_OP = 'DELETE' then
        if OLD.status <> 'DRAFT' then
            raise exception 'Manual edition % is no longer a draft and cannot be deleted', OLD.id
                using errcode = 'integrity_constraint_violation';
        end if;
        return OLD;
    end if;
    if OLD.status <> 'DRAFT' and (to_jsonb(NEW) - moving) <> (to_jsonb(OLD) - moving) then
        raise exception 'Manual edition % is no longer a draft: only its status can change', OLD.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if NEW.status <> OLD.status and not (OLD.status = 'DRAFT' and NEW.status = 'PUBLISHED'
            or OLD.status = 'PUBLISHED' and NEW.status = 'RETIRED') then
        raise exception 'Manual edition % cannot go from % to %', OLD.id, OLD.status, NEW.status
            using errcode = 'integrity_constraint_violation';
    end if;
    return NEW;
end
$$;

create trigger manual_edition_guard before update or delete on manual_edition
    for each row execute function standards_edition_guard();
