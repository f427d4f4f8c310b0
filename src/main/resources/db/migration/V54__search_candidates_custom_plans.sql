-- A search across a whole programme read every document (issue 17: 80 of its 86 ms a sequential scan). After five
-- calls in a session, PL/pgSQL may keep one generic plan for acredita_search_candidates' query, planned without
-- the words: with a default guess of how many documents match and a LIMIT, PostgreSQL reads the table in order
-- hoping to stop early, and for words found in few documents reads it all. Planned for each call with its words,
-- a rare word is looked up in the GIN indexes and a common one still stops early; planning costs well under a
-- millisecond. ProgrammeWideSearchPlanTest checks the plan.
alter function acredita_search_candidates(text, text, uuid, uuid[], int) set plan_cache_mode = force_custom_plan;
