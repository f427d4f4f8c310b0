-- Versions of an assessment's report. A draft carries the team leader's narrative; releasing a version freezes
-- everything the report shows (content, as jsonb) so a released version never changes, whatever happens later.
create table assessment_report (
    assessment_id      uuid not null references assessment (id),
    agency_id          uuid not null references organisation (id),
    version            int  not null check (version >= 1),
    strengths_es       text not null default '' check (length(strengths_es) <= 20000),
    strengths_en       text not null default '' check (length(strengths_en) <= 20000),
    recommendations_es text not null default '' check (length(recommendations_es) <= 20000),
    recommendations_en text not null default '' check (length(recommendations_en) <= 20000),
    content            jsonb,
    released_at        timestamptz,
    released_by        uuid,
    created_by         uuid,
    created_at         timestamptz not null default clock_timestamp(),
    updated_at         timestamptz not null default clock_timestamp(),
    primary key (assessment_id, version),
    check ((released_at is null) = (content is null))
);
-- At most one draft at a time, written on top of the last released version.
create unique index assessment_report_one_draft on assessment_report (assessment_id) where released_at is null;

create function assessment_report_released_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.released_at is not null then
        raise exception 'a released assessment report never changes' using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'UPDATE' and old.released_at is not null then
        raise exception 'a released assessment report never changes' using errcode = 'insufficient_privilege';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger assessment_report_released_frozen before update or delete on assessment_report
    for each row execute function assessment_report_released_kept();
create trigger assessment_report_no_truncate before truncate on assessment_report
    for each statement execute function assessment_snapshot_refuse_change();

alter table assessment_report enable row level security;
create policy assessment_report_read on assessment_report for select using (acredita_can_read(agency_id));
create policy assessment_report_write on assessment_report for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
