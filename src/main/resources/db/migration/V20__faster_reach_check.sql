-- Every policy asks whether an agency id is in the caller's reach, once per row. Splitting the
-- comma-separated setting into an array for each row cost an advisor with a hundred agencies most
-- of a second on a 2,500-agency programme. The ids are fixed-length (36-character) UUID texts joined
-- by commas, so a substring search finds exactly the listed ids: a 36-character window that crosses a
-- comma contains the comma and can never equal a UUID.
create or replace function acredita_reach_includes(setting text, agency uuid) returns boolean
    language sql stable parallel safe as $$
    select case
        when setting is null or setting = '' then false
        when setting = '*' then true
        when agency is null then false
        else strpos(setting, agency::text) > 0
    end
$$;
