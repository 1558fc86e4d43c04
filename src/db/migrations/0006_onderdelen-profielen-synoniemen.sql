-- array_to_string is only STABLE, which a generated column does not accept. For text[] it does not
-- depend on any setting, so this wrapper may be declared IMMUTABLE.
CREATE OR REPLACE FUNCTION ip_lijst_als_tekst(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  AS $$ SELECT array_to_string($1, ' ') $$;--> statement-breakpoint
CREATE TABLE "thema_synoniemen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thema_code" text NOT NULL,
	"taal" text NOT NULL,
	"term" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onderdeel_contactpersonen" (
	"onderdeel_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "onderdeel_contactpersonen_onderdeel_id_account_id_pk" PRIMARY KEY("onderdeel_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "onderdeel_themas" (
	"onderdeel_id" uuid NOT NULL,
	"thema_code" text NOT NULL,
	CONSTRAINT "onderdeel_themas_onderdeel_id_thema_code_pk" PRIMARY KEY("onderdeel_id","thema_code")
);
--> statement-breakpoint
CREATE TABLE "onderdelen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"bovenliggend_id" uuid,
	"soort" text NOT NULL,
	"naam" text NOT NULL,
	"slug" text NOT NULL,
	"beschrijving_nl" text,
	"beschrijving_en" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"zoekvector" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', coalesce(naam, '') || ' ' || coalesce(beschrijving_nl, '')) || to_tsvector('english', coalesce(beschrijving_en, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"onderdeel_id" uuid,
	"rol" text
);
--> statement-breakpoint
CREATE TABLE "beschikbaarheden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"toelichting" text
);
--> statement-breakpoint
CREATE TABLE "profiel_themas" (
	"account_id" uuid NOT NULL,
	"thema_code" text NOT NULL,
	CONSTRAINT "profiel_themas_account_id_thema_code_pk" PRIMARY KEY("account_id","thema_code")
);
--> statement-breakpoint
CREATE TABLE "profielen" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"expertise_nl" text,
	"expertise_en" text,
	"trefwoorden" text[] DEFAULT '{}'::text[] NOT NULL,
	"talen" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"zoekvector" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', coalesce(expertise_nl, '') || ' ' || ip_lijst_als_tekst(trefwoorden)) || to_tsvector('english', coalesce(expertise_en, ''))) STORED,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provincies" ADD COLUMN "versie" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "samenwerkingsvormen" ADD COLUMN "versie" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "themas" ADD COLUMN "beschrijving_nl" text;--> statement-breakpoint
ALTER TABLE "themas" ADD COLUMN "beschrijving_en" text;--> statement-breakpoint
ALTER TABLE "themas" ADD COLUMN "versie" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "versie" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "logo_type" text;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "samengevoegd_in" uuid;--> statement-breakpoint
ALTER TABLE "thema_synoniemen" ADD CONSTRAINT "thema_synoniemen_thema_code_themas_code_fk" FOREIGN KEY ("thema_code") REFERENCES "public"."themas"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "onderdeel_contactpersonen" ADD CONSTRAINT "onderdeel_contactpersonen_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onderdeel_contactpersonen" ADD CONSTRAINT "onderdeel_contactpersonen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onderdeel_themas" ADD CONSTRAINT "onderdeel_themas_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onderdeel_themas" ADD CONSTRAINT "onderdeel_themas_thema_code_themas_code_fk" FOREIGN KEY ("thema_code") REFERENCES "public"."themas"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "onderdelen" ADD CONSTRAINT "onderdelen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onderdelen" ADD CONSTRAINT "onderdelen_bovenliggend_id_onderdelen_id_fk" FOREIGN KEY ("bovenliggend_id") REFERENCES "public"."onderdelen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliaties" ADD CONSTRAINT "affiliaties_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliaties" ADD CONSTRAINT "affiliaties_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliaties" ADD CONSTRAINT "affiliaties_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beschikbaarheden" ADD CONSTRAINT "beschikbaarheden_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiel_themas" ADD CONSTRAINT "profiel_themas_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiel_themas" ADD CONSTRAINT "profiel_themas_thema_code_themas_code_fk" FOREIGN KEY ("thema_code") REFERENCES "public"."themas"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "profielen" ADD CONSTRAINT "profielen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "thema_synoniemen_term_idx" ON "thema_synoniemen" USING btree ("taal",lower("term"));--> statement-breakpoint
CREATE INDEX "thema_synoniemen_thema_idx" ON "thema_synoniemen" USING btree ("thema_code");--> statement-breakpoint
CREATE INDEX "onderdeel_contactpersonen_account_idx" ON "onderdeel_contactpersonen" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "onderdeel_themas_thema_idx" ON "onderdeel_themas" USING btree ("thema_code");--> statement-breakpoint
CREATE UNIQUE INDEX "onderdelen_organisatie_slug_idx" ON "onderdelen" USING btree ("organisatie_id","slug");--> statement-breakpoint
CREATE INDEX "onderdelen_bovenliggend_idx" ON "onderdelen" USING btree ("bovenliggend_id");--> statement-breakpoint
CREATE INDEX "onderdelen_zoekvector_idx" ON "onderdelen" USING gin ("zoekvector");--> statement-breakpoint
CREATE INDEX "affiliaties_account_idx" ON "affiliaties" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "affiliaties_organisatie_idx" ON "affiliaties" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "beschikbaarheden_account_idx" ON "beschikbaarheden" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "profiel_themas_thema_idx" ON "profiel_themas" USING btree ("thema_code");--> statement-breakpoint
CREATE INDEX "profielen_zoekvector_idx" ON "profielen" USING gin ("zoekvector");--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_samengevoegd_in_organisaties_id_fk" FOREIGN KEY ("samengevoegd_in") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;