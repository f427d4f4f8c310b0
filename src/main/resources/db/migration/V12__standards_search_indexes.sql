-- Reading an edition (the chapter page, the search page, export) joins each link table to the edition
-- through its tier or size class. Those foreign keys had no index, so every read scanned the link rows
-- of all editions (16,000 standard_tier rows with 10 editions loaded); with these it reads only its own.
-- Measured by the standards benchmark (docs/benchmarks.md, "Standards library (issue 3)").
create index standard_tier_tier on standard_tier (tier_id);
create index standard_level_size_class on standard_level (size_class_id);
