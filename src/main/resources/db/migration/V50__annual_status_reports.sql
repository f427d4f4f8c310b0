-- Continued compliance (issue 11, part 4): the agency's annual status report for years 1–3 of an award, prepared by
-- its accreditation manager, signed by its chief executive (time, signer, the exact text signed and its SHA-256) and
-- accepted or returned by the accreditation body; plus the manager's explanation of each standard not in compliance
-- (with its title and status as signed: once signed, the report shows what was signed, not the file's later state).
-- Rows belong to the agency (agency_id, row-level security as the Commission's tables).

create table annual_report (
    id                  uuid primary key default gen_random_uuid(),
    award_id            uuid not null references commission_award (id),
    agency_id           uuid not null references organisation (id),
    year                int not null check (year between 1 and 3),
    status              text not null default 'DRAFT' check (status in ('DRAFT', 'SIGNED', 'ACCEPTED', 'RETURNED')),
    chief_change        text,
    structure_change    text,
    functions_change    text,
    size_change         text,
    prepared_by         uuid,
    prepared_at         timestamptz not null default clock_timestamp(),
    signed_by           uuid,
    signed_at           timestamptz,
    signed_text         text,
    signed_sha256       text check (signed_sha256 ~ '^[0-9a-f]{64}$'),
    signed_counts       text,
    check ((signed_at is null) = (signed_sha256 is null) and (signed_text is null) = (signed_sha256 is null)),
    decided_by          uuid,
    decided_at          timestamptz,
    return_reason       text,
    unique (award_id, year)
);
create index annual_report_agency on annual_report (agency_id);

create table annual_report_shortfall (
    report_id          uuid not null references annual_report (id),
    agency_id          uuid not null references organisation (id),
    number             text not null,
    title              text,
    standard_status    text,
    reason             text,
    corrective_action  text,
    primary key (report_id, number)
);

alter table annual_report enable row level security;
create policy annual_report_read on annual_report for select using (acredita_can_read(agency_id));
create policy annual_report_write on annual_report for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table annual_report_shortfall enable row level security;
create policy annual_report_shortfall_read on annual_report_shortfall for select using (acredita_can_read(agency_id));
create policy annual_report_shortfall_write on annual_report_shortfall for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));


-- Annual reports reminded (due, overdue) and told at once (signed, accepted, returned). The allowed kinds are read
-- from the constraint as it stands, so kinds added by other migrations are kept.
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into definition from pg_constraint
     where conrelid = 'notification'::regclass and conname = 'notification_kind_check';
    alter table notification drop constraint notification_kind_check;
    execute 'alter table notification add constraint notification_kind_check ' || regexp_replace(definition,
        'ARRAY\[', 'ARRAY[''ANNUAL_REPORT_DUE''::text, ''ANNUAL_REPORT_OVERDUE''::text, ''ANNUAL_REPORT_SIGNED''::text, '
            || '''ANNUAL_REPORT_ACCEPTED''::text, ''ANNUAL_REPORT_RETURNED''::text, ');
end
$$;

create policy notification_annual_report_insert on notification for insert
    with check (kind in ('ANNUAL_REPORT_SIGNED', 'ANNUAL_REPORT_ACCEPTED', 'ANNUAL_REPORT_RETURNED')
        and agency_id is not null and acredita_current_user() is not null and acredita_can_write(agency_id));

select acredita_optimise_policies();
