-- An agency's evidence library: its documents, each stored once, that proofs of compliance of any standard and
-- cycle year refer to instead of a fresh upload. A document keeps a stored-file row of its own (owner type
-- 'evidence', owner id the agency, kept once per content), so its content stays in the file store while the
-- library holds it, whatever proofs come and go (decision 0011: the clean-up judges only stored-file rows).
create table evidence_document (
    id              uuid primary key,
    agency_id       uuid not null references organisation (id),
    title           text not null check (length(btrim(title)) between 1 and 255),
    document_date   date not null,
    kind            text not null check (kind in ('TRAINING_RECORD', 'INSPECTION', 'REPORT', 'LOG',
                                                  'CORRESPONDENCE', 'PHOTOGRAPH', 'OTHER')),
    stored_file_id  uuid not null references stored_file (id),
    sha256          char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_by      uuid references app_user (id),
    created_by_name text not null,
    created_at      timestamptz not null default clock_timestamp()
);
-- One document per content in an agency's library: uploading the same bytes again finds it.
create unique index evidence_document_content on evidence_document (agency_id, sha256);

alter table evidence_document enable row level security;
create policy evidence_document_read on evidence_document for select using (acredita_can_read(agency_id));
create policy evidence_document_write on evidence_document for all using (acredita_can_write(agency_id))
    with check (acredita_can_write(agency_id));

-- The library document a file proof shows; a document in use cannot leave the library.
alter table proof add column document_id uuid references evidence_document (id);
create index proof_document on proof (document_id) where document_id is not null;

-- Every file already given as a proof enters its agency's library: one document per agency and content, named
-- and dated as its earliest proof, with a stored-file row of the library's own.
create temporary table evidence_seed on commit drop as
select distinct on (p.agency_id, p.sha256)
       gen_random_uuid() as document_id, gen_random_uuid() as stored_file_id, p.agency_id, p.sha256, p.title,
       p.document_date, p.created_by, p.created_by_name, p.created_at, f.size_bytes, f.content_type,
       f.original_name, f.uploaded_by, f.uploaded_at
from proof p join stored_file f on f.id = p.stored_file_id
where p.kind = 'FILE'
order by p.agency_id, p.sha256, p.created_at, p.id;

insert into stored_file (id, agency_id, owner_type, owner_id, sha256, size_bytes, content_type, original_name,
                         uploaded_by, uploaded_at, kept_once)
select stored_file_id, agency_id, 'evidence', agency_id::text, sha256, size_bytes, content_type, original_name,
       uploaded_by, uploaded_at, true
from evidence_seed;

insert into evidence_document (id, agency_id, title, document_date, kind, stored_file_id, sha256, created_by,
                               created_by_name, created_at)
select document_id, agency_id, title, document_date, 'OTHER', stored_file_id, sha256, created_by, created_by_name,
       created_at
from evidence_seed;

update proof p set document_id = s.document_id
from evidence_seed s
where p.kind = 'FILE' and p.agency_id = s.agency_id and p.sha256 = s.sha256;

select acredita_optimise_policies();
