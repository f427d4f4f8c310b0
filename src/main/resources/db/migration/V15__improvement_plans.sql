-- An agency's improvement plan: action items with owner, due date, priority, status, linked standards.
-- Evidence of completion lives in stored_file (owner type 'improvement-evidence', owner id = item id).

create table improvement_item (
    id               uuid primary key default gen_random_uuid(),
    agency_id        uuid not null references organisation (id),
    category         text not null check (category in ('POLICY', 'PROCEDURE', 'TRAINING', 'EQUIPMENT')),
    title            text not null check (length(btrim(title)) between 1 and 200),
    description      text check (description is null or length(description) <= 4000),
    owner            text check (owner is null or length(owner) <= 200),
    due_date         date,
    priority         text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    status           text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    linked_standards text[] not null default '{}'
        check (cardinality(linked_standards) <= 30
            and array_to_string(linked_standards, ',') ~ '^([0-9]{1,3}(\.[0-9]{1,3}){1,3}(,[0-9]{1,3}(\.[0-9]{1,3}){1,3})*)?$'),
    completed_on     date,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    -- A finished item says when it was finished; only a finished one does.
    check ((status = 'DONE') = (completed_on is not null))
);
create index improvement_item_agency on improvement_item (agency_id, due_date);

alter table improvement_item enable row level security;
create policy improvement_item_read on improvement_item for select using (acredita_can_read(agency_id));
create policy improvement_item_write on improvement_item for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));
