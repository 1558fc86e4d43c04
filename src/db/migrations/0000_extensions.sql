-- Extensions come first: drizzle-kit does not write CREATE EXTENSION itself.
-- Both ship with PostgreSQL (contrib) and with PGlite (@electric-sql/pglite/contrib/*).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
