CREATE TABLE "marktplaats_zoekwoorden" (
	"woord" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opgeslagen_zoekopdrachten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"lijst" text NOT NULL,
	"zoekopdracht" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vraagstuk_bijlagen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vraagstuk_id" uuid NOT NULL,
	"bestandsnaam" text NOT NULL,
	"mediatype" text NOT NULL,
	"grootte" integer NOT NULL,
	"sha256" text NOT NULL,
	"inhoud" "bytea" NOT NULL,
	"toegevoegd_door" uuid,
	"toegevoegd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vraagstuk_contactpersonen" (
	"vraagstuk_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "vraagstuk_contactpersonen_vraagstuk_id_account_id_pk" PRIMARY KEY("vraagstuk_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "vraagstuk_gebeurtenissen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"vraagstuk_id" uuid NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"soort" text NOT NULL,
	"van_status" text,
	"naar_status" text,
	"opmerking" text
);
--> statement-breakpoint
CREATE TABLE "vraagstukken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"onderdeel_id" uuid,
	"aangemaakt_door" uuid,
	"titel_nl" text,
	"titel_en" text,
	"context_nl" text,
	"context_en" text,
	"vraag_nl" text,
	"vraag_en" text,
	"resultaat_nl" text,
	"resultaat_en" text,
	"thema_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"vorm_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"niveaus" text[] DEFAULT '{}'::text[] NOT NULL,
	"regio_code" text NOT NULL,
	"landelijk" boolean DEFAULT false NOT NULL,
	"vroegste_start" date,
	"deadline" date,
	"duur_weken" integer,
	"diepgang" text,
	"aantal_studenten" integer,
	"aantal_teams" integer,
	"vertrouwelijkheid" text DEFAULT 'openbaar' NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"sluitreden" text,
	"opmerking_verbinder" text,
	"ingediend_op" timestamp with time zone,
	"gepubliceerd_op" timestamp with time zone,
	"gesloten_op" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"zoekvector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(titel_nl, '')), 'A') || setweight(to_tsvector('dutch', coalesce(vraag_nl, '') || ' ' || coalesce(resultaat_nl, '')), 'B') || setweight(to_tsvector('dutch', coalesce(context_nl, '')), 'C') || setweight(to_tsvector('english', coalesce(titel_en, '')), 'A') || setweight(to_tsvector('english', coalesce(vraag_en, '') || ' ' || coalesce(resultaat_en, '') || ' ' || coalesce(context_en, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aanbod" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"soort" text NOT NULL,
	"organisatie_id" uuid,
	"onderdeel_id" uuid,
	"aangemaakt_door" uuid,
	"titel_nl" text,
	"titel_en" text,
	"beschrijving_nl" text,
	"beschrijving_en" text,
	"geschikte_vragen_nl" text,
	"geschikte_vragen_en" text,
	"thema_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"vorm_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"niveaus" text[] DEFAULT '{}'::text[] NOT NULL,
	"regio_code" text,
	"opleiding" text,
	"aantal_studenten" integer,
	"aantal_teams" integer,
	"intake_deadline" date,
	"opdrachtsoort" text,
	"vakgebied" text,
	"formaat" text,
	"kosten_euro" integer,
	"aanmeld_url" text,
	"status" text DEFAULT 'concept' NOT NULL,
	"gepubliceerd_op" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"zoekvector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(titel_nl, '')), 'A') || setweight(to_tsvector('dutch', coalesce(beschrijving_nl, '') || ' ' || coalesce(geschikte_vragen_nl, '') || ' ' || coalesce(opleiding, '') || ' ' || coalesce(vakgebied, '')), 'B') || setweight(to_tsvector('english', coalesce(titel_en, '')), 'A') || setweight(to_tsvector('english', coalesce(beschrijving_en, '') || ' ' || coalesce(geschikte_vragen_en, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aanbod_periodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"aanbod_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"label" text NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "belangstellingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vraagstuk_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"aanbod_id" uuid,
	"motivatie" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"antwoord" text,
	"beantwoord_door" uuid,
	"beantwoord_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opgeslagen_zoekopdrachten" ADD CONSTRAINT "opgeslagen_zoekopdrachten_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_bijlagen" ADD CONSTRAINT "vraagstuk_bijlagen_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_bijlagen" ADD CONSTRAINT "vraagstuk_bijlagen_toegevoegd_door_accounts_id_fk" FOREIGN KEY ("toegevoegd_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_contactpersonen" ADD CONSTRAINT "vraagstuk_contactpersonen_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_contactpersonen" ADD CONSTRAINT "vraagstuk_contactpersonen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_gebeurtenissen" ADD CONSTRAINT "vraagstuk_gebeurtenissen_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstuk_gebeurtenissen" ADD CONSTRAINT "vraagstuk_gebeurtenissen_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstukken" ADD CONSTRAINT "vraagstukken_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstukken" ADD CONSTRAINT "vraagstukken_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstukken" ADD CONSTRAINT "vraagstukken_aangemaakt_door_accounts_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraagstukken" ADD CONSTRAINT "vraagstukken_regio_code_regios_code_fk" FOREIGN KEY ("regio_code") REFERENCES "public"."regios"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_aangemaakt_door_accounts_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_regio_code_regios_code_fk" FOREIGN KEY ("regio_code") REFERENCES "public"."regios"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "aanbod_periodes" ADD CONSTRAINT "aanbod_periodes_aanbod_id_aanbod_id_fk" FOREIGN KEY ("aanbod_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "belangstellingen" ADD CONSTRAINT "belangstellingen_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "belangstellingen" ADD CONSTRAINT "belangstellingen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "belangstellingen" ADD CONSTRAINT "belangstellingen_aanbod_id_aanbod_id_fk" FOREIGN KEY ("aanbod_id") REFERENCES "public"."aanbod"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "belangstellingen" ADD CONSTRAINT "belangstellingen_beantwoord_door_accounts_id_fk" FOREIGN KEY ("beantwoord_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "marktplaats_zoekwoorden_woord_trgm_idx" ON "marktplaats_zoekwoorden" USING gin ("woord" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "opgeslagen_zoekopdrachten_naam_idx" ON "opgeslagen_zoekopdrachten" USING btree ("account_id",lower("naam"));--> statement-breakpoint
CREATE INDEX "vraagstuk_bijlagen_vraagstuk_idx" ON "vraagstuk_bijlagen" USING btree ("vraagstuk_id");--> statement-breakpoint
CREATE INDEX "vraagstuk_contactpersonen_account_idx" ON "vraagstuk_contactpersonen" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "vraagstuk_gebeurtenissen_vraagstuk_idx" ON "vraagstuk_gebeurtenissen" USING btree ("vraagstuk_id","op");--> statement-breakpoint
CREATE INDEX "vraagstukken_zoekvector_idx" ON "vraagstukken" USING gin ("zoekvector");--> statement-breakpoint
CREATE INDEX "vraagstukken_titel_nl_trgm_idx" ON "vraagstukken" USING gin ("titel_nl" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "vraagstukken_thema_codes_idx" ON "vraagstukken" USING gin ("thema_codes");--> statement-breakpoint
CREATE INDEX "vraagstukken_vorm_codes_idx" ON "vraagstukken" USING gin ("vorm_codes");--> statement-breakpoint
CREATE INDEX "vraagstukken_niveaus_idx" ON "vraagstukken" USING gin ("niveaus");--> statement-breakpoint
CREATE INDEX "vraagstukken_status_gepubliceerd_idx" ON "vraagstukken" USING btree ("status","gepubliceerd_op" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "vraagstukken_status_deadline_idx" ON "vraagstukken" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "vraagstukken_organisatie_idx" ON "vraagstukken" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "vraagstukken_regio_idx" ON "vraagstukken" USING btree ("regio_code","status");--> statement-breakpoint
CREATE INDEX "aanbod_zoekvector_idx" ON "aanbod" USING gin ("zoekvector");--> statement-breakpoint
CREATE INDEX "aanbod_titel_nl_trgm_idx" ON "aanbod" USING gin ("titel_nl" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "aanbod_thema_codes_idx" ON "aanbod" USING gin ("thema_codes");--> statement-breakpoint
CREATE INDEX "aanbod_vorm_codes_idx" ON "aanbod" USING gin ("vorm_codes");--> statement-breakpoint
CREATE INDEX "aanbod_niveaus_idx" ON "aanbod" USING gin ("niveaus");--> statement-breakpoint
CREATE INDEX "aanbod_status_soort_idx" ON "aanbod" USING btree ("status","soort","gepubliceerd_op" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aanbod_organisatie_idx" ON "aanbod" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "aanbod_aangemaakt_door_idx" ON "aanbod" USING btree ("aangemaakt_door");--> statement-breakpoint
CREATE INDEX "aanbod_periodes_aanbod_idx" ON "aanbod_periodes" USING btree ("aanbod_id");--> statement-breakpoint
CREATE INDEX "aanbod_periodes_van_tot_idx" ON "aanbod_periodes" USING btree ("van","tot");--> statement-breakpoint
CREATE UNIQUE INDEX "belangstellingen_een_per_persoon_idx" ON "belangstellingen" USING btree ("vraagstuk_id","account_id") WHERE status <> 'ingetrokken';--> statement-breakpoint
CREATE INDEX "belangstellingen_account_idx" ON "belangstellingen" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "belangstellingen_aanbod_idx" ON "belangstellingen" USING btree ("aanbod_id");--> statement-breakpoint
-- Keeps marktplaats_zoekwoorden up to date with the words of vraagstukken and aanbod (typo
-- tolerance), as zoekwoorden is for organisation names (0003). Only added, never removed.
CREATE OR REPLACE FUNCTION marktplaats_zoekwoorden_toevoegen(tekst text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO marktplaats_zoekwoorden (woord)
  SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(tekst, '')), '[^[:alpha:]]+') AS w
  WHERE length(w) >= 3 AND length(w) <= 40
  ON CONFLICT (woord) DO NOTHING;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION vraagstukken_zoekwoorden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marktplaats_zoekwoorden_toevoegen(concat_ws(' ', NEW.titel_nl, NEW.titel_en, NEW.context_nl, NEW.context_en, NEW.vraag_nl, NEW.vraag_en, NEW.resultaat_nl, NEW.resultaat_en));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER vraagstukken_zoekwoorden AFTER INSERT OR UPDATE OF titel_nl, titel_en, context_nl, context_en, vraag_nl, vraag_en, resultaat_nl, resultaat_en ON vraagstukken
  FOR EACH ROW EXECUTE FUNCTION vraagstukken_zoekwoorden();--> statement-breakpoint
CREATE OR REPLACE FUNCTION aanbod_zoekwoorden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM marktplaats_zoekwoorden_toevoegen(concat_ws(' ', NEW.titel_nl, NEW.titel_en, NEW.beschrijving_nl, NEW.beschrijving_en, NEW.geschikte_vragen_nl, NEW.geschikte_vragen_en, NEW.opleiding, NEW.vakgebied));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER aanbod_zoekwoorden AFTER INSERT OR UPDATE OF titel_nl, titel_en, beschrijving_nl, beschrijving_en, geschikte_vragen_nl, geschikte_vragen_en, opleiding, vakgebied ON aanbod
  FOR EACH ROW EXECUTE FUNCTION aanbod_zoekwoorden();
