-- The hearing of a docket item, the Commission's decision with each commissioner's vote, the conditions of an
-- accreditation with conditions, and the award an accreditation grants (issue 11, part 2). Every table belongs to
-- the agency heard (agency_id, row-level security as V46). A decision and its votes are a record: never changed.

create table commission_hearing (
    docket_item_id    uuid primary key references commission_docket_item (id),
    agency_id         uuid not null references organisation (id),
    agency_attendees  text,
    funder_notes      text,
    advisor_notes     text,
    questions         text,
    recommendation    text,
    recorded_by       uuid,
    recorded_at       timestamptz not null default clock_timestamp()
);

create table commission_decision (
    id                uuid primary key default gen_random_uuid(),
    docket_item_id    uuid not null unique references commission_docket_item (id),
    agency_id         uuid not null references organisation (id),
    outcome           text not null check (outcome in ('ACCREDITED', 'ACCREDITED_WITH_CONDITIONS', 'DEFERRED', 'DENIED')),
    decided_on        date not null,
    reasons           text,
    required_actions  text,
    check (outcome <> 'DENIED' or reasons is not null),
    check (outcome <> 'DEFERRED' or required_actions is not null),
    recorded_by       uuid,
    recorded_at       timestamptz not null default clock_timestamp()
);
create index commission_decision_agency on commission_decision (agency_id);

create table commission_vote (
    decision_id      uuid not null references commission_decision (id),
    agency_id        uuid not null references organisation (id),
    commissioner_id  uuid not null references app_user (id),
    vote             text not null check (vote in ('FOR', 'AGAINST', 'ABSTAIN')),
    primary key (decision_id, commissioner_id)
);

create table commission_condition (
    id           uuid primary key default gen_random_uuid(),
    decision_id  uuid not null references commission_decision (id),
    agency_id    uuid not null references organisation (id),
    text         text not null,
    due_on       date not null,
    lifted_on    date,
    lifted_by    uuid
);
create index commission_condition_agency on commission_condition (agency_id) where lifted_on is null;

create table commission_award (
    id           uuid primary key default gen_random_uuid(),
    decision_id  uuid not null unique references commission_decision (id),
    agency_id    uuid not null references organisation (id),
    programme    text not null,
    awarded_on   date not null,
    expires_on   date not null check (expires_on > awarded_on),
    edition_id   uuid,
    tier         text,
    status       text not null default 'ACTIVE' check (status in ('ACTIVE', 'EXPIRED', 'SUSPENDED', 'REVOKED')),
    created_at   timestamptz not null default clock_timestamp()
);
create index commission_award_agency on commission_award (agency_id, awarded_on desc);

create function commission_record_kept() returns trigger language plpgsql as $$
begin
    raise exception 'a Commission decision and its votes never change: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger commission_decision_kept before update or delete on commission_decision
    for each row execute function commission_record_kept();
create trigger commission_vote_kept before update or delete on commission_vote
    for each row execute function commission_record_kept();

alter table commission_hearing enable row level security;
create policy commission_hearing_read on commission_hearing for select using (acredita_can_read(agency_id));
create policy commission_hearing_write on commission_hearing for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_decision enable row level security;
create policy commission_decision_read on commission_decision for select using (acredita_can_read(agency_id));
create policy commission_decision_write on commission_decision for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_vote enable row level security;
create policy commission_vote_read on commission_vote for select using (acredita_can_read(agency_id));
create policy commission_vote_write on commission_vote for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_condition enable row level security;
create policy commission_condition_read on commission_condition for select using (acredita_can_read(agency_id));
create policy commission_condition_write on commission_condition for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_award enable row level security;
create policy commission_award_read on commission_award for select using (acredita_can_read(agency_id));
create policy commission_award_write on commission_award for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
