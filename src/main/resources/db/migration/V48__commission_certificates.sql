-- The certificate of an award (issue 11, part 3): a number anyone may quote and the SHA-256 of the certificate's
-- content (number, agency, programme, tier, dates). The public verification link carries the number and the first
-- 16 hex digits of that hash; an unknown number or another hash verifies nothing.
create sequence commission_certificate_seq;
alter table commission_award add column certificate_number text unique;
alter table commission_award add column certificate_hash text check (certificate_hash ~ '^[0-9a-f]{64}$');
