-- Row-level security that stays fast with many agencies.
--
-- Policies called acredita_can_read(agency_id) / acredita_can_write(agency_id) for every row, and each
-- call read and parsed the caller's comma-separated reach: an advisor with a hundred agencies paid
-- about 75 microseconds per row, most of a second for a dashboard over a 2,500-agency programme.
-- The same rules written with uncorrelated sub-selects let PostgreSQL compute the reach once per
-- statement (an InitPlan) and then compare each row's agency with an array: a few microseconds.
-- Meaning is unchanged: rows without an agency are read by any signed-in caller and changed only by
-- callers who change everything; agency rows by callers whose reach includes the agency.

create function acredita_reach_array(setting text) returns uuid[]
    language sql immutable parallel safe as $$
    select case when setting is null or setting in ('', '*') then '{}'::uuid[]
                else string_to_array(setting, ',')::uuid[] end
$$;

create function acredita_read_agencies() returns uuid[]
    language sql stable parallel safe as $$
    select acredita_reach_array(current_setting('acredita.read', true))
           || acredita_reach_array(current_setting('acredita.write', true))
$$;

create function acredita_write_agencies() returns uuid[]
    language sql stable parallel safe as $$
    select acredita_reach_array(current_setting('acredita.write', true))
$$;

create function acredita_reads_everything() returns boolean
    language sql stable parallel safe as $$
    select coalesce(current_setting('acredita.read', true), '') = '*'
        or coalesce(current_setting('acredita.write', true), '') = '*'
$$;

create function acredita_signed_in() returns boolean
    language sql stable parallel safe as $$
    select coalesce(current_setting('acredita.read', true), '') <> ''
        or coalesce(current_setting('acredita.write', true), '') <> ''
        or coalesce(current_setting('acredita.user_id', true), '') <> ''
$$;

-- Rewrites every policy of the schema that uses the per-row functions into the once-per-statement
-- form. Later migrations that add policies call it again at their end:  select acredita_optimise_policies();
create function acredita_optimise_policies() returns void
    language plpgsql as $$
declare
    policy record;
    read_fast constant text := '((agency_id IS NULL AND (SELECT acredita_signed_in())) OR '
        || '(SELECT acredita_reads_everything()) OR agency_id = ANY ((SELECT acredita_read_agencies())::uuid[]))';
    write_fast constant text := '((SELECT acredita_writes_everything()) OR '
        || 'agency_id = ANY ((SELECT acredita_write_agencies())::uuid[]))';
    using_clause text;
    check_clause text;
begin
    for policy in select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
        using_clause := policy.qual;
        check_clause := policy.with_check;
        using_clause := replace(replace(replace(replace(using_clause,
                'acredita_can_read(agency_id)', read_fast), 'acredita_can_write(agency_id)', write_fast),
                'acredita_can_read(NULL::uuid)', '(SELECT acredita_signed_in())'),
                'acredita_can_write(NULL::uuid)', '(SELECT acredita_writes_everything())');
        check_clause := replace(replace(replace(replace(check_clause,
                'acredita_can_read(agency_id)', read_fast), 'acredita_can_write(agency_id)', write_fast),
                'acredita_can_read(NULL::uuid)', '(SELECT acredita_signed_in())'),
                'acredita_can_write(NULL::uuid)', '(SELECT acredita_writes_everything())');
        if using_clause is distinct from policy.qual or check_clause is distinct from policy.with_check then
            execute format('alter policy %I on public.%I', policy.policyname, policy.tablename)
                || case when using_clause is null then '' else format(' using (%s)', using_clause) end
                || case when check_clause is null then '' else format(' with check (%s)', check_clause) end;
        end if;
    end loop;
end
$$;
revoke execute on function acredita_optimise_policies() from public, ${appRole};

select acredita_optimise_policies();
