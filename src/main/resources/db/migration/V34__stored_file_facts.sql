-- Storage's published, read-only view of what other modules may show about a stored file (its type and size),
-- so the proofs module lists proofs with them without reading storage's table (as agency_directory does for
-- identity, decision 0005). security_invoker keeps stored_file's row-level security.
create view stored_file_facts with (security_invoker = true) as
    select id as stored_file_id, content_type, size_bytes from stored_file;
