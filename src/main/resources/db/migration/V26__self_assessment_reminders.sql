-- Reminders from the self-assessment workspace (assignments due, waivers ending) and mentions in comments.

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('SELF_ASSESSMENT_DEADLINE',
    'SELF_ASSESSMENT_OVERDUE', 'AWARD_EXPIRY', 'IMPROVEMENT_OVERDUE', 'ASSIGNMENT_DUE', 'ASSIGNMENT_DUE_TODAY',
    'ASSIGNMENT_OVERDUE', 'WAIVER_EXPIRING', 'WAIVER_EXPIRED', 'MENTIONED'));

-- A mention is written in the comment's own transaction, with the commenter's connection: a person may add
-- a MENTIONED notice for an agency they may change (to comment they must), never any other kind. Whom it
-- reaches is decided by the service (people who may read the agency); reading stays the recipient's alone.
create policy notification_mention_insert on notification for insert
    with check (kind = 'MENTIONED' and agency_id is not null and acredita_current_user() is not null
        and acredita_can_write(agency_id));

-- The sweep reads open assignments and accepted waivers by date across every agency.
create index file_standard_open_due on file_standard (due_date)
    where assignee_id is not null and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED');
create index file_standard_waived_until on file_standard (waived_until) where status = 'WAIVED';

select acredita_optimise_policies();
