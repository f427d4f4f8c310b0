-- Notifications to people: in-app messages and their e-mail outbox, and the indexes behind the deadline queries.

-- Deadlines are read by date range across every agency (reminder sweep, programme dashboard).
create index agency_enrolment_self_assessment_due on agency_enrolment (self_assessment_deadline)
    where self_assessment_deadline is not null;
create index agency_enrolment_award_expires on agency_enrolment (award_expires) where award_expires is not null;
