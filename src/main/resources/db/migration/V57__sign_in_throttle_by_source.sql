-- Sign-in throttling by account and source together (issue 14 §6): failures from one source lock that source out
-- of that account only, with a delay that doubles with every further lock, so nobody can lock a person out from
-- elsewhere. A source is the address the application sees (after the forwarded-header configuration) or a known
-- device (a signed cookie set after a successful sign-in).
drop table login_throttle;

create table sign_in_throttle (
    username        text not null check (length(username) between 1 and 60),
    source          text not null check (length(source) between 1 and 100),
    failures        integer not null check (failures > 0),
    locks           integer not null default 0 check (locks >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz not null,
    primary key (username, source)
);
-- The pattern check counts an account's recent sources.
create index sign_in_throttle_recent on sign_in_throttle (username, last_failure_at);

-- Failures from many sources at once lock the account for every source but known devices, and alert the
-- administrators once per episode.
create table sign_in_account_lock (
    username     text primary key check (length(username) between 1 and 60),
    locked_until timestamptz not null,
    alerted_at   timestamptz not null
);

-- The key that signs known-device cookies, shared by every node.
create table sign_in_device_key (
    singleton boolean primary key default true check (singleton),
    secret    bytea not null default uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
        || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
);
insert into sign_in_device_key default values;

alter table sign_in_throttle enable row level security;
create policy sign_in_throttle_system on sign_in_throttle for all using (acredita_writes_everything())
    with check (acredita_writes_everything());
alter table sign_in_account_lock enable row level security;
create policy sign_in_account_lock_system on sign_in_account_lock for all using (acredita_writes_everything())
    with check (acredita_writes_everything());
alter table sign_in_device_key enable row level security;
create policy sign_in_device_key_system on sign_in_device_key for select
    using (acredita_writes_everything() and acredita_current_user() is null);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED', 'PROOF_DUE', 'PROOF_MISSING',
    'STANDARD_RETURNED', 'STANDARD_IN_COMPLIANCE', 'WAIVER_ACCEPTED', 'WAIVER_REJECTED', 'NOT_APPLICABLE_ACCEPTED',
    'NOT_APPLICABLE_REJECTED', 'CORRECTIVE_ACTION_SUBMITTED', 'CORRECTIVE_ACTION_VERIFIED',
    'CORRECTIVE_ACTION_RETURNED', 'CORRECTIVE_ACTION_OVERDUE', 'CONDITION_LIFTED', 'CONDITION_OVERDUE',
    'AWARD_SUSPENDED', 'AWARD_REVOKED', 'AWARD_REINSTATED', 'AWARD_LAPSED', 'ANNUAL_REPORT_DUE',
    'ANNUAL_REPORT_OVERDUE', 'ANNUAL_REPORT_SIGNED', 'ANNUAL_REPORT_ACCEPTED', 'ANNUAL_REPORT_RETURNED',
    'SIGN_IN_PATTERN'));

select acredita_optimise_policies();
