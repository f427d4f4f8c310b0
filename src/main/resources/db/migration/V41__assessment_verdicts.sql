-- Verdicts of an assessment's reviewers: per in-scope standard, and optionally per element (its letter). Rows are
-- never deleted and never rewritten: changing a verdict closes the current row (superseded_at) and adds a new one,
-- so the history ("corrected during the assessment", a verdict changed after a second look) stays for the record.

create table assessment_verdict (
    id                uuid primary key default gen_random_uuid(),
    assessment_id     uuid not null references assessment (id),
    agency_id         uuid not null references organisation (id),
    number            text not null,
    -- The element's letter, or null for the standard itself.
    element           text check (element is null or length(element) between 1 and 10),
    verdict           text not null check (verdict in ('IN_COMPLIANCE', 'NOT_IN_COMPLIANCE', 'NOT_APPLICABLE',
                                                       'CORRECTED_DURING_ASSESSMENT')),
    reason            text check (reason is null or length(reason) <= 2000),
    check (verdict <> 'NOT_APPLICABLE' or length(btrim(coalesce(reason, ''))) > 0),
    -- What the agency is told; the team note is for the team only and never reaches the agency.
    comment_to_agency text check (comment_to_agency is null or length(comment_to_agency) <= 4000),
    team_note         text check (team_note is null or length(team_note) <= 4000),
    reviewer_id       uuid not null references app_user (id),
    recorded_at       timestamptz not null default clock_timestamp(),
    superseded_at     timestamptz,
    -- Only a standard in the assessment's scope can have a verdict.
    foreign key (assessment_id, number) references assessment_scope_standard (assessment_id, number)
);
create unique index assessment_verdict_current on assessment_verdict (assessment_id, number, coalesce(element, ''))
    where superseded_at is null;
create index assessment_verdict_history on assessment_verdict (assessment_id, number, recorded_at);

-- The only change a verdict row accepts: being superseded once. Deletion and truncation are refused.
create function assessment_verdict_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.superseded_at is null and new.superseded_at is not null
            and (new.id, new.assessment_id, new.agency_id, new.number, new.element, new.verdict, new.reason,
                 new.comment_to_agency, new.team_note, new.reviewer_id, new.recorded_at)
                is not distinct from
                (old.id, old.assessment_id, old.agency_id, old.number, old.element, old.verdict, old.reason,
                 old.comment_to_agency, old.team_note, old.reviewer_id, old.recorded_at) then
        return new;
    end if;
    raise exception 'an assessment''s verdicts are kept as recorded: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger assessment_verdict_kept before update or delete on assessment_verdict
    for each row execute function assessment_verdict_kept();
create trigger assessment_verdict_no_truncate before truncate on assessment_verdict
    for each statement execute function assessment_verdict_kept();

alter table assessment_verdict enable row level security;
create policy assessment_verdict_read on assessment_verdict for select using (acredita_can_read(agency_id));
create policy assessment_verdict_write on assessment_verdict for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
