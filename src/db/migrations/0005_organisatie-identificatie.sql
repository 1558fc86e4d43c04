ALTER TABLE "organisaties" ADD COLUMN "oin" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "brin_code" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "rio_onderwijsaanbieder_code" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "rio_onderwijsbestuur_code" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "bron" text DEFAULT 'referentie' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "bron_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "organisaties_bron_bron_id_idx" ON "organisaties" USING btree ("bron","bron_id");--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_oin_key" UNIQUE("oin");--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_brin_code_key" UNIQUE("brin_code");