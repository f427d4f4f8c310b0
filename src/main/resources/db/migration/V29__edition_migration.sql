-- Moving an accreditation file to a new edition of its manual. Standards the new edition no longer has (or
-- that no longer apply) are kept, retired, under a reserved number (999.x.y) with the number they had, so
-- their history, comments and proofs stay readable. Proofs follow a standard renumbered by the move.

alter table file_standard add column retired boolean not null default false;
alter table file_standard add column former_number text;
alter table file_standard add constraint file_standard_retired_former check (retired = (former_number is not null));

alter table proof drop constraint proof_file_id_number_fkey;
alter table proof add constraint proof_file_id_number_fkey foreign key (file_id, number)
    references file_standard (file_id, number) on update cascade on delete cascade;
