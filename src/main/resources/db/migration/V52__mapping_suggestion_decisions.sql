-- What an agency's managers decided about a suggested mapping of a directive section to a standard: accepted
-- (the mapping was made through the ordinary mapping) or rejected (never suggested again for that section).
create table mapping_suggestion_decision (
    id              uuid primary key default gen_random_uuid(),
    agency_id       uuid not null references organisation (id),
    section_id      uuid not null references directive_section (id),
    edition_id      uuid not null references manual_edition (id),
    standard_number text not null check (standard_number ~ '^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){1,3}$'),
    decision        text not null check (decision in ('ACCEPTED', 'REJECTED')),
    elements        text[] not null default '{}',
    decided_by      uuid references app_user (id),
    decided_at      timestamptz not null default now()
);
-- One decision per section and standard: deciding twice is refused, not recorded twice.
create unique index mapping_suggestion_decision_once on mapping_suggestion_decision (section_id, edition_id, standard_number);
create index mapping_suggestion_decision_agency on mapping_suggestion_decision (agency_id);

alter table mapping_suggestion_decision enable row level security;
create policy mapping_suggestion_decision_read on mapping_suggestion_decision for select
    using (acredita_can_read(agency_id));
create policy mapping_suggestion_decision_write on mapping_suggestion_decision for all
    using (acredita_can_write(agency_id)) with check (acredita_can_write(agency_id));

select acredita_optimise_policies();
