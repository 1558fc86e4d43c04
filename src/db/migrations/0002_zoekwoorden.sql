CREATE TABLE "zoekwoorden" (
	"woord" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "zoekwoorden_woord_trgm_idx" ON "zoekwoorden" USING gin ("woord" gin_trgm_ops);