-- Funded programmes: who pays, who advises, who accredits, for how long, with what goals and settings,
-- the cohorts agencies join in, and the pair of advisors (under a regional manager) each agency gets.

create table funded_programme (
    id                         uuid primary key default gen_random_uuid(),
    name                       text not null check (length(trim(name)) between 3 and 200),
    description                text check (description is null or length(description) <= 4000),
    funder_id                  uuid references organisation (id),
    advisory_id                uuid references organisation (id),
    accreditor_id              uuid references organisation (id),
    starts_on                  date not null,
    ends_on                    date not null,
    budget                     numeric(16, 2) check (budget is null or budget between 0 and 99999999999999),
    currency                   char(3) not null default 'MXN' check (currency ~ '^[A-Z]{3}$'),
    -- Self-assessment time limits per accreditation funded_programme kind, in months.
    months_law_enforcement     integer not null default 36 check (months_law_enforcement between 6 and 72),
    months_communications      integer not null default 24 check (months_communications between 6 and 72),
    months_training_academy    integer not null default 24 check (months_training_academy between 6 and 72),
    months_campus_security     integer not null default 24 check (months_campus_security between 6 and 72),
    pass_threshold             integer not null default 80 check (pass_threshold between 50 and 100),
    public_comment_notice_days integer not null default 60 check (public_comment_notice_days between 15 and 180),
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    check (ends_on > starts_on)
);
create unique index funded_programme_name_unique on funded_programme (lower(name));

-- Goals: how many agencies of each kind the programme means to see accredited by its end.
create table funded_programme_goal (
    programme_id uuid not null references funded_programme (id) on delete cascade,
    agency_kind  text not null check (agency_kind in ('LAW_ENFORCEMENT', 'COMMUNICATIONS_CENTRE', 'ACADEMY',
                     'CAMPUS_SECURITY')),
    target       integer not null check (target between 0 and 100000),
    primary key (programme_id, agency_kind)
);

create table funded_programme_cohort (
    id           uuid primary key default gen_random_uuid(),
    programme_id uuid not null references funded_programme (id) on delete cascade,
    name         text not null check (length(trim(name)) between 2 and 120),
    starts_on    date not null
);
create unique index funded_programme_cohort_name on funded_programme_cohort (programme_id, lower(name));

-- An agency in a programme, in a cohort, with its pair of advisors under a regional manager.
create table funded_programme_agency (
    programme_id        uuid not null references funded_programme (id),
    agency_id           uuid not null references organisation (id),
    cohort_id           uuid references funded_programme_cohort (id),
    joined_on           date not null,
    lead_advisor_id     uuid references app_user (id),
    second_advisor_id   uuid references app_user (id),
    regional_manager_id uuid references app_user (id),
    primary key (programme_id, agency_id),
    check (second_advisor_id is null or lead_advisor_id is not null),
    check (lead_advisor_id is distinct from second_advisor_id or lead_advisor_id is null)
);
create index funded_programme_agency_agency on funded_programme_agency (agency_id);
create index funded_programme_agency_cohort on funded_programme_agency (cohort_id);

-- Programme rows carry no agency: every signed-in person may read them, only full-reach callers change them.
alter table funded_programme enable row level security;
create policy funded_programme_read on funded_programme for select using (acredita_can_read(null));
create policy funded_programme_write on funded_programme for all using (acredita_can_write(null)) with check (acredita_can_write(null));

alter table funded_programme_goal enable row level security;
create policy funded_programme_goal_read on funded_programme_goal for select using (acredita_can_read(null));
create policy funded_programme_goal_write on funded_programme_goal for all using (acredita_can_write(null))
    with check (acredita_can_write(null));

alter table funded_programme_cohort enable row level security;
create policy funded_programme_cohort_read on funded_programme_cohort for select using (acredita_can_read(null));
create policy funded_programme_cohort_write on funded_programme_cohort for all using (acredita_can_write(null))
    with check (acredita_can_write(null));

-- Membership is the agency's data: seen by whoever sees the agency, changed by whoever may change it.
alter table funded_programme_agency enable row level security;
create policy funded_programme_agency_read on funded_programme_agency for select using (acredita_can_read(agency_id));
create policy funded_programme_agency_write on funded_programme_agency for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
