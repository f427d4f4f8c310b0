-- Notifications to people: in-app messages and their e-mail outbox, and the indexes behind the deadline queries.

-- Deadlines are read by date range across every agency (reminder sweep, programme dashboard).
create index agency_enrolment_self_assessment_due on agency_enrolment (self_assessment_deadline)
    where self_assessment_deadline is not null;
create index agency_enrolment_award_expires on agency_enrolment (award_expires) where award_expires is not null;
-- Overdue action items are read across agencies by due date.
create index improvement_item_open_due on improvement_item (due_date) where status in ('OPEN', 'IN_PROGRESS');

-- One notice to one person. The text is rendered from kind and parameters in the reader's language when
-- shown (and when e-mailed), so a change of language applies to old notices too. The dedup key names the
-- event (e.g. SELF_ASSESSMENT_DEADLINE:<enrolment>:<due date>:<days before>): inserted with
-- "on conflict do nothing", the same event never reaches the same person twice, even from racing nodes.
-- The e-mail columns are the outbox: a row commits first, the e-mail is sent afterwards and its outcome
-- recorded; failures are retried a bounded number of times.
create table notification (
    id                    uuid primary key default gen_random_uuid(),
    recipient_id          uuid not null references app_user (id) on delete cascade,
    agency_id             uuid references organisation (id),
    kind                  text not null check (kind in ('SELF_ASSESSMENT_DEADLINE', 'SELF_ASSESSMENT_OVERDUE',
                              'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE')),
    dedup_key             text not null check (length(dedup_key) between 1 and 300),
    parameters            jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
    link                  text check (link is null or link ~ '^/[^/\\]'),
    created_at            timestamptz not null default now(),
    read_at               timestamptz,
    email_to              text check (email_to is null or email_to ~ '^[^@\s]+@[^@\s]+$'),
    email_locale          text not null default 'es-MX' check (email_locale in ('es-MX', 'en')),
    email_status          text not null check (email_status in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    email_attempts        integer not null default 0 check (email_attempts >= 0),
    email_next_attempt_at timestamptz,
    emailed_at            timestamptz,
    email_error           text check (email_error is null or length(email_error) <= 1000),
    unique (recipient_id, dedup_key),
    check (email_status <> 'PENDING' or email_to is not null),
    check ((email_status = 'SENT') = (emailed_at is not null))
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_unread on notification (recipient_id) where read_at is null;
create index notification_outbox on notification (email_next_attempt_at) where email_status = 'PENDING';

-- A person reads and marks read only their own notices; only the system itself (no signed-in person,
-- writes everything) creates them, sends their e-mail and sees everyone's. An administrator is a person.
alter table notification enable row level security;
create policy notification_read on notification for select
    using (recipient_id = acredita_current_user()
        or (acredita_current_user() is null and acredita_writes_everything()));
create policy notification_update on notification for update
    using (recipient_id = acredita_current_user()
        or (acredita_current_user() is null and acredita_writes_everything()))
    with check (recipient_id = acredita_current_user()
        or (acredita_current_user() is null and acredita_writes_everything()));
create policy notification_insert on notification for insert
    with check (acredita_current_user() is null and acredita_writes_everything());
create policy notification_delete on notification for delete
    using (acredita_current_user() is null and acredita_writes_everything());
