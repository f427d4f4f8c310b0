-- Sign-in through OpenID Connect providers (issue 14 §1). The providers themselves are configured by properties
-- (acredita.sign-in.providers.*); what the administrator decides about them is kept here.

-- A person is reached through a provider by the provider's issuer and subject, once matched (by verified e-mail)
-- or provisioned; later sign-ins match by subject, so a changed e-mail at the provider keeps the same person.
create table sign_in_link (
    issuer    text not null,
    subject   text not null,
    provider  text not null,
    user_id   uuid not null references app_user (id) on delete cascade,
    linked_at timestamptz not null default now(),
    primary key (issuer, subject)
);
create index sign_in_link_user on sign_in_link (user_id);

-- A provider the administrator turned off (no row: on, as configured).
create table sign_in_provider_state (
    provider   text primary key,
    enabled    boolean not null,
    changed_at timestamptz not null default now(),
    changed_by uuid references app_user (id)
);

-- Whom a provider may create an account for on first sign-in: a person whose verified e-mail is in the domain
-- joins the organisation with the role, both chosen here by the administrator, never taken from a token.
create table sign_in_provisioning (
    provider        text not null check (provider ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    email_domain    text not null check (email_domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    organisation_id uuid not null references organisation (id) on delete cascade,
    role            text not null check (role in ('AGENCY_CEO', 'ACCREDITATION_MANAGER', 'AGENCY_STAFF',
                        'ADVISOR', 'REGIONAL_MANAGER', 'PROGRAMME_MANAGER', 'ASSESSOR', 'TEAM_LEADER',
                        'COMMISSIONER', 'FUNDER_OFFICER')),
    created_at      timestamptz not null default now(),
    created_by      uuid references app_user (id),
    primary key (provider, email_domain)
);

create index app_user_email_lower on app_user (lower(email));

alter table sign_in_link enable row level security;
create policy sign_in_link_system on sign_in_link for all using (acredita_writes_everything())
    with check (acredita_writes_everything());
alter table sign_in_provider_state enable row level security;
create policy sign_in_provider_state_system on sign_in_provider_state for all using (acredita_writes_everything())
    with check (acredita_writes_everything());
alter table sign_in_provisioning enable row level security;
create policy sign_in_provisioning_system on sign_in_provisioning for all using (acredita_writes_everything())
    with check (acredita_writes_everything());

select acredita_optimise_policies();
