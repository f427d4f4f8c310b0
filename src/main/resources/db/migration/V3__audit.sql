-- The audit trail: who changed what, when, for which agency. Append-only and hash-chained: each event's
-- hash covers the previous event's hash and a canonical serialisation of its own fields (computed by
-- audit.internal.ChainHash), so altering, removing or inserting a row breaks the chain.

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    actor_id        uuid,
    actor_name      text not null,
    -- the actor's organisation
    organisation_id uuid,
    -- the agency the change belongs to, for isolation; null for programme-wide changes
    agency_id       uuid,
    action          text not null check (action ~ '^[A-Z][A-Z0-9_]{1,79}$'),
    target_type     text,
    target_id       text,
    summary         text not null,
    prev_hash       text check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash            text not null check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_event_agency on audit_event (agency_id, id);
create index audit_event_occurred on audit_event (occurred_at);
create index audit_event_action on audit_event (action);

-- The head of the chain and its length, moved by every append. Verification compares it with the last
-- event, which makes removing events from the end of the chain detectable; appends continue from it,
-- so such a removal stays visible as a chain break even after later events.
create table audit_anchor (
    singleton boolean primary key default true check (singleton),
    head_id   bigint,
    head_hash text,
    events    bigint not null default 0
);
insert into audit_anchor default values;

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

-- Fires for every role, the owner included; only a superuser switching triggers off can bypass it,
-- and verification detects what they change.
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change();
create trigger audit_anchor_kept before delete on audit_anchor
    for each row execute function audit_refuse_change();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function audit_refuse_change();

-- Every append must continue the chain head and advances it in the same transaction. The row lock on
-- the anchor also makes a caller with a stale snapshot fail instead of forking the chain.
create function audit_event_link() returns trigger language plpgsql security definer
    set search_path = pg_catalog, public as $$
declare
    head audit_anchor%rowtype;
begin
    select * into head from audit_anchor for update;
    if not found then
        raise exception 'the audit anchor is missing';
    end if;
    if new.prev_hash is distinct from head.head_hash or new.id <= head.head_id then
        raise exception 'audit event % does not continue the chain at event %', new.id, head.head_id;
    end if;
    update audit_anchor set head_id = new.id, head_hash = new.hash, events = events + 1;
    return new;
end
$$;
create trigger audit_event_link before insert on audit_event
    for each row execute function audit_event_link();

-- The application may only append events and read the anchor.
revoke update, delete, truncate on audit_event from ${appRole};
revoke all on audit_anchor from ${appRole};
grant select on audit_anchor to ${appRole};

-- People read events of the agencies they reach; programme-wide events only with a reach over all agencies.
alter table audit_event enable row level security;
create policy audit_event_read on audit_event for select using (
    case when agency_id is null then coalesce(current_setting('acredita.read', true), '') = '*'
         else acredita_can_read(agency_id) end);
create policy audit_event_append on audit_event for insert with check (true);

-- Verification must see every event whatever the caller's reach: one page of the chain in id order,
-- read as the owner. The services decide who may verify.
create function audit_chain_after(after_id bigint, max_rows integer) returns setof audit_event
    language sql stable security definer set search_path = pg_catalog, public as $$
    select * from audit_event where id > after_id order by id limit max_rows
$$;
revoke execute on function audit_chain_after(bigint, integer) from public;
revoke execute on function audit_refuse_change(), audit_event_link() from public, ${appRole};
grant execute on function audit_chain_after(bigint, integer) to ${appRole};
