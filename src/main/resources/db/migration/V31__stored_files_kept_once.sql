-- An owner that keeps the same bytes once (a proof's file: "file/number/year") holds one row per content,
-- under a unique index, so concurrent retries of one upload record it once (insert ... on conflict do nothing).
alter table stored_file add column kept_once boolean not null default false;

-- Proofs have always been saved once per owner and content; they are the only such owners so far.
update stored_file set kept_once = true where owner_type = 'proof';

-- Concurrent retries left extra rows of the same owner and content. Keep one per group (the one a proof
-- refers to, else the oldest), point every proof at it (proof is the only table referring to stored_file),
-- and drop the others; the blob is the same for all of them.
create temporary table stored_file_keeper on commit drop as
select f.id, first_value(f.id) over (partition by f.owner_type, f.owner_id, f.sha256
        order by exists (select 1 from proof p where p.stored_file_id = f.id) desc, f.uploaded_at, f.id) as keeper
from stored_file f
where f.kept_once;

update proof p set stored_file_id = k.keeper
from stored_file_keeper k
where p.stored_file_id = k.id and k.id <> k.keeper;

delete from stored_file f
using stored_file_keeper k
where f.id = k.id and k.id <> k.keeper;

create unique index stored_file_kept_once on stored_file (owner_type, owner_id, sha256) where kept_once;
