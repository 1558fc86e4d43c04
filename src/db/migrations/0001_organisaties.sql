CREATE TABLE "provincies" (
	"naam" text PRIMARY KEY NOT NULL,
	"hoofdstad" text NOT NULL,
	"regio_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regios" (
	"code" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"volgorde" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samenwerkingsvormen" (
	"code" text PRIMARY KEY NOT NULL,
	"naam_nl" text NOT NULL,
	"naam_en" text NOT NULL,
	"niveaus" text[] NOT NULL,
	"weken_min" integer NOT NULL,
	"weken_max" integer NOT NULL,
	"studenten_min" integer NOT NULL,
	"studenten_max" integer NOT NULL,
	"diepgang" text NOT NULL,
	"volgorde" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "themas" (
	"code" text PRIMARY KEY NOT NULL,
	"naam_nl" text NOT NULL,
	"naam_en" text NOT NULL,
	"volgorde" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"naam" text NOT NULL,
	"afkorting" text,
	"soort" text NOT NULL,
	"type" text,
	"bovenliggende_id" uuid,
	"provincie" text NOT NULL,
	"steden" text[] DEFAULT '{}'::text[] NOT NULL,
	"beschrijving_nl" text,
	"beschrijving_en" text,
	"beschrijving_is_demo" boolean DEFAULT false NOT NULL,
	"zoekvector" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', coalesce(naam, '') || ' ' || coalesce(afkorting, '')) || to_tsvector('simple', coalesce(afkorting, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisaties_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "provincies" ADD CONSTRAINT "provincies_regio_code_regios_code_fk" FOREIGN KEY ("regio_code") REFERENCES "public"."regios"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_bovenliggende_id_organisaties_id_fk" FOREIGN KEY ("bovenliggende_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_provincie_provincies_naam_fk" FOREIGN KEY ("provincie") REFERENCES "public"."provincies"("naam") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "organisaties_zoekvector_idx" ON "organisaties" USING gin ("zoekvector");--> statement-breakpoint
CREATE INDEX "organisaties_naam_trgm_idx" ON "organisaties" USING gin ("naam" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisaties_afkorting_trgm_idx" ON "organisaties" USING gin ("afkorting" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisaties_soort_idx" ON "organisaties" USING btree ("soort");--> statement-breakpoint
CREATE INDEX "organisaties_provincie_idx" ON "organisaties" USING btree ("provincie");--> statement-breakpoint
CREATE INDEX "organisaties_naam_idx" ON "organisaties" USING btree ("naam");