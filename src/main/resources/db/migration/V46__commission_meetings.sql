-- Commission meetings and their dockets (issue 11, part 1). A meeting belongs to the accreditation body and
-- has no agency; everything on its docket belongs to an agency and carries agency_id under row-level security
-- like V40. Commissioners read every agency but write none, so the conflicts they declare themselves are let in
-- by a policy on the declaring user, as notifications are in V18.

create table commission_meeting (
    id            uuid primary key default gen_random_uuid(),
    meets_on      date not null,
    starts_at     time,
    time_zone     text not null,
    place         text,
    virtual_link  text,
    check (place is not null or virtual_link is not null),
    status        text not null default 'PLANNED'
                  check (status in ('PLANNED', 'DOCKET_CLOSED', 'HELD', 'MINUTES_APPROVED')),
    created_by    uuid,
    created_at    timestamptz not null default clock_timestamp()
);
create index commission_meeting_date on commission_meeting (meets_on desc);

-- An agency heard at a meeting, why, and the released report it is heard on (none for a suspension or a
-- condition review).
create table commission_docket_item (
    id             uuid primary key default gen_random_uuid(),
    meeting_id     uuid not null references commission_meeting (id),
    agency_id      uuid not null references organisation (id),
    reason         text not null check (reason in ('INITIAL_ACCREDITATION', 'REACCREDITATION', 'DEFERRED_REHEARING',
                                                   'CONDITION_REVIEW', 'SUSPENSION')),
    assessment_id  uuid references assessment (id),
    added_by       uuid,
    added_at       timestamptz not null default clock_timestamp(),
    unique (meeting_id, agency_id)
);
create index commission_docket_item_agency on commission_docket_item (agency_id);

create table commission_panel_seat (
    docket_item_id  uuid not null references commission_docket_item (id),
    agency_id       uuid not null references organisation (id),
    commissioner_id uuid not null references app_user (id),
    seated_by       uuid,
    seated_at       timestamptz not null default clock_timestamp(),
    primary key (docket_item_id, commissioner_id)
);
create index commission_panel_seat_commissioner on commission_panel_seat (commissioner_id);

-- A conflict of interest a commissioner declared with an agency: never placed on that agency's panel.
create table commission_conflict (
    id              uuid primary key default gen_random_uuid(),
    commissioner_id uuid not null references app_user (id),
    agency_id       uuid not null references organisation (id),
    kind            text not null check (kind in ('SAME_STATE', 'PAST_RELATION', 'OTHER')),
    note            text,
    check (kind <> 'OTHER' or note is not null),
    declared_by     uuid,
    declared_at     timestamptz not null default clock_timestamp(),
    unique (commissioner_id, agency_id)
);
create index commission_conflict_agency on commission_conflict (agency_id);

alter table commission_docket_item enable row level security;
create policy commission_docket_item_read on commission_docket_item for select using (acredita_can_read(agency_id));
create policy commission_docket_item_write on commission_docket_item for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_panel_seat enable row level security;
create policy commission_panel_seat_read on commission_panel_seat for select using (acredita_can_read(agency_id));
create policy commission_panel_seat_write on commission_panel_seat for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
alter table commission_conflict enable row level security;
create policy commission_conflict_read on commission_conflict for select using (acredita_can_read(agency_id));
create policy commission_conflict_write on commission_conflict for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
-- A commissioner (read-only on agencies) declares their own conflicts with agencies they may read.
create policy commission_conflict_declare on commission_conflict for insert
    with check (commissioner_id = acredita_current_user() and acredita_can_read(agency_id));

select acredita_optimise_policies();
