-- The second wall between agencies. The application connects as a non-owner role; on every connection
-- checkout it sets acredita.read / acredita.write to '*' or a comma-separated list of agency ids
-- (see access.internal.ScopedDataSource). Policies on agency-owned tables call these functions.

create extension if not exists unaccent;
create extension if not exists pgcrypto;

create function acredita_reach_includes(setting text, agency uuid) returns boolean
    language sql stable parallel safe as $$
    select case
        when setting is null or setting = '' then false
        when setting = '*' then true
        when agency is null then false
        else agency::text = any (string_to_array(setting, ','))
    end
$$;

-- Rows without an agency (partner organisations' data) are visible to any signed-in caller;
-- the services decide who may change them.
create function acredita_can_read(agency uuid) returns boolean
    language sql stable parallel safe as $$
    select case
        when agency is null then coalesce(current_setting('acredita.read', true), '') <> ''
            or coalesce(current_setting('acredita.write', true), '') <> ''
            or coalesce(current_setting('acredita.user_id', true), '') <> ''
        else acredita_reach_includes(current_setting('acredita.read', true), agency)
            or acredita_reach_includes(current_setting('acredita.write', true), agency)
    end
$$;

-- Rows without an agency (partner organisations, role grants, links) are changed only by callers who
-- change everything (administrators, the system); a person's own row has its own policy.
create function acredita_can_write(agency uuid) returns boolean
    language sql stable parallel safe as $$
    select case
        when agency is null then coalesce(current_setting('acredita.write', true), '') = '*'
        else acredita_reach_includes(current_setting('acredita.write', true), agency)
    end
$$;

create function acredita_writes_everything() returns boolean
    language sql stable parallel safe as $$
    select coalesce(current_setting('acredita.write', true), '') = '*'
$$;

-- The signed-in person, for policies on their own rows (their account, their tokens).
create function acredita_current_user() returns uuid
    language sql stable parallel safe as $$
    select nullif(current_setting('acredita.user_id', true), '')::uuid
$$;

grant usage on schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};
alter default privileges in schema public grant execute on functions to ${appRole};
