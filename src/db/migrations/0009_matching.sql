CREATE TABLE "matching_configuratie" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"gewichten" jsonb NOT NULL,
	"stagnatie_dagen" integer DEFAULT 14 NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"bijgewerkt_door" uuid,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_configuratie_een_rij" CHECK (id = 1)
);
--> statement-breakpoint
CREATE TABLE "matching_documenten" (
	"soort" text NOT NULL,
	"document_id" uuid NOT NULL,
	"lengte" real NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_documenten_soort_document_id_pk" PRIMARY KEY("soort","document_id")
);
--> statement-breakpoint
CREATE TABLE "matching_term_statistiek" (
	"soort" text NOT NULL,
	"term" text NOT NULL,
	"documenten" integer NOT NULL,
	CONSTRAINT "matching_term_statistiek_soort_term_pk" PRIMARY KEY("soort","term")
);
--> statement-breakpoint
CREATE TABLE "matching_termen" (
	"soort" text NOT NULL,
	"term" text NOT NULL,
	"document_id" uuid NOT NULL,
	"gewicht" real NOT NULL,
	CONSTRAINT "matching_termen_soort_term_document_id_pk" PRIMARY KEY("soort","term","document_id") INCLUDE ("gewicht")
);
--> statement-breakpoint
CREATE TABLE "matching_wachtrij" (
	"soort" text NOT NULL,
	"document_id" uuid NOT NULL,
	"sinds" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_wachtrij_soort_document_id_pk" PRIMARY KEY("soort","document_id")
);
--> statement-breakpoint
CREATE TABLE "suggesties" (
	"richting" text NOT NULL,
	"vraagstuk_id" uuid NOT NULL,
	"kandidaat_soort" text NOT NULL,
	"kandidaat_id" uuid NOT NULL,
	"score" real NOT NULL,
	"rang" integer NOT NULL,
	"signalen" jsonb NOT NULL,
	"berekend_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggesties_richting_vraagstuk_id_kandidaat_soort_kandidaat_id_pk" PRIMARY KEY("richting","vraagstuk_id","kandidaat_soort","kandidaat_id")
);
--> statement-breakpoint
CREATE TABLE "koppeling_gebeurtenissen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"koppeling_id" uuid NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"soort" text NOT NULL,
	"opmerking" text
);
--> statement-breakpoint
CREATE TABLE "koppelingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vraagstuk_id" uuid NOT NULL,
	"kandidaat_soort" text NOT NULL,
	"aanbod_id" uuid,
	"onderdeel_id" uuid,
	"persoon_id" uuid,
	"status" text DEFAULT 'voorgesteld' NOT NULL,
	"bron" text NOT NULL,
	"score" real,
	"signalen" jsonb,
	"toelichting" text,
	"voorgesteld_door" uuid,
	"geintroduceerd_door" uuid,
	"geintroduceerd_op" timestamp with time zone,
	"besluit_vraagzijde" text,
	"reden_vraagzijde" text,
	"besluit_vraagzijde_door" uuid,
	"besluit_vraagzijde_op" timestamp with time zone,
	"besluit_aanbodzijde" text,
	"reden_aanbodzijde" text,
	"besluit_aanbodzijde_door" uuid,
	"besluit_aanbodzijde_op" timestamp with time zone,
	"afgesloten_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "koppelingen_een_kandidaat" CHECK ((kandidaat_soort = 'aanbod' and aanbod_id is not null and onderdeel_id is null and persoon_id is null) or (kandidaat_soort = 'onderdeel' and onderdeel_id is not null and aanbod_id is null and persoon_id is null) or (kandidaat_soort = 'persoon' and persoon_id is not null and aanbod_id is null and onderdeel_id is null))
);
--> statement-breakpoint
CREATE TABLE "domein_gebeurtenissen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"onderwerp_id" uuid NOT NULL,
	"gegevens" jsonb NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"verwerkt_op" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "matching_configuratie" ADD CONSTRAINT "matching_configuratie_bijgewerkt_door_accounts_id_fk" FOREIGN KEY ("bijgewerkt_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggesties" ADD CONSTRAINT "suggesties_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppeling_gebeurtenissen" ADD CONSTRAINT "koppeling_gebeurtenissen_koppeling_id_koppelingen_id_fk" FOREIGN KEY ("koppeling_id") REFERENCES "public"."koppelingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppeling_gebeurtenissen" ADD CONSTRAINT "koppeling_gebeurtenissen_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_vraagstuk_id_vraagstukken_id_fk" FOREIGN KEY ("vraagstuk_id") REFERENCES "public"."vraagstukken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_aanbod_id_aanbod_id_fk" FOREIGN KEY ("aanbod_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_onderdeel_id_onderdelen_id_fk" FOREIGN KEY ("onderdeel_id") REFERENCES "public"."onderdelen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_persoon_id_accounts_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_voorgesteld_door_accounts_id_fk" FOREIGN KEY ("voorgesteld_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_geintroduceerd_door_accounts_id_fk" FOREIGN KEY ("geintroduceerd_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_besluit_vraagzijde_door_accounts_id_fk" FOREIGN KEY ("besluit_vraagzijde_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koppelingen" ADD CONSTRAINT "koppelingen_besluit_aanbodzijde_door_accounts_id_fk" FOREIGN KEY ("besluit_aanbodzijde_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_termen_document_idx" ON "matching_termen" USING btree ("soort","document_id");--> statement-breakpoint
CREATE INDEX "suggesties_kandidaat_idx" ON "suggesties" USING btree ("kandidaat_soort","kandidaat_id","richting","rang");--> statement-breakpoint
CREATE INDEX "suggesties_vraagstuk_idx" ON "suggesties" USING btree ("vraagstuk_id","richting","rang");--> statement-breakpoint
CREATE INDEX "koppeling_gebeurtenissen_koppeling_idx" ON "koppeling_gebeurtenissen" USING btree ("koppeling_id","op");--> statement-breakpoint
CREATE UNIQUE INDEX "koppelingen_een_levende_idx" ON "koppelingen" USING btree ("vraagstuk_id","kandidaat_soort",coalesce(aanbod_id, onderdeel_id, persoon_id)) WHERE status in ('voorgesteld', 'geintroduceerd', 'geaccepteerd');--> statement-breakpoint
CREATE INDEX "koppelingen_vraagstuk_idx" ON "koppelingen" USING btree ("vraagstuk_id");--> statement-breakpoint
CREATE INDEX "koppelingen_aanbod_idx" ON "koppelingen" USING btree ("aanbod_id");--> statement-breakpoint
CREATE INDEX "koppelingen_onderdeel_idx" ON "koppelingen" USING btree ("onderdeel_id");--> statement-breakpoint
CREATE INDEX "koppelingen_persoon_idx" ON "koppelingen" USING btree ("persoon_id");--> statement-breakpoint
CREATE INDEX "koppelingen_status_idx" ON "koppelingen" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "domein_gebeurtenissen_onderwerp_idx" ON "domein_gebeurtenissen" USING btree ("onderwerp_id");--> statement-breakpoint
CREATE INDEX "domein_gebeurtenissen_soort_idx" ON "domein_gebeurtenissen" USING btree ("soort","verwerkt_op");--> statement-breakpoint
-- The engine's default weights (configuratie.ts holds the same as standaardGewichten).
INSERT INTO matching_configuratie (id, gewichten) VALUES (1, '{"tekst": 0.3, "thema": 0.22, "vorm": 0.1, "niveau": 0.08, "timing": 0.1, "regio": 0.08, "capaciteit": 0.03, "eerder": 0.05, "versheid": 0.04}'::jsonb) ON CONFLICT (id) DO NOTHING;--> statement-breakpoint
-- (Re)indexes one document for matching (see matching/schema.ts): deletes its terms, and when it may
-- be suggested, inserts its weighted terms and one 'thema:<code>' term per theme. A na-introductie
-- vraagstuk is indexed on its public summary only (title and context), so that neither a match nor
-- its explanation can reveal words of the hidden question.
CREATE OR REPLACE FUNCTION ip_matching_index(p_soort text, p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v tsvector;
  themas text[];
BEGIN
  DELETE FROM matching_termen WHERE soort = p_soort AND document_id = p_id;
  DELETE FROM matching_documenten WHERE soort = p_soort AND document_id = p_id;
  IF p_soort = 'aanbod' THEN
    SELECT a.zoekvector, a.thema_codes INTO v, themas FROM aanbod a WHERE a.id = p_id AND a.status = 'gepubliceerd';
  ELSIF p_soort = 'vraagstuk' THEN
    SELECT CASE WHEN q.vertrouwelijkheid = 'na-introductie' THEN
        setweight(to_tsvector('dutch', coalesce(q.titel_nl, '')), 'A') || setweight(to_tsvector('dutch', coalesce(q.context_nl, '')), 'C')
        || setweight(to_tsvector('english', coalesce(q.titel_en, '')), 'A') || setweight(to_tsvector('english', coalesce(q.context_en, '')), 'C')
      ELSE q.zoekvector END, q.thema_codes
    INTO v, themas FROM vraagstukken q WHERE q.id = p_id AND q.status IN ('gepubliceerd', 'in-gesprek');
  ELSIF p_soort = 'onderdeel' THEN
    SELECT o.zoekvector, coalesce((SELECT array_agg(ot.thema_code) FROM onderdeel_themas ot WHERE ot.onderdeel_id = o.id), '{}')
    INTO v, themas FROM onderdelen o JOIN organisaties g ON g.id = o.organisatie_id
    WHERE o.id = p_id AND g.soort <> 'rijksorganisatie' AND o.soort IN ('lectoraat', 'leerstoel', 'opleiding', 'lab', 'faculteit');
  ELSIF p_soort = 'persoon' THEN
    SELECT p.zoekvector, coalesce((SELECT array_agg(pt.thema_code) FROM profiel_themas pt WHERE pt.account_id = p.account_id), '{}')
    INTO v, themas FROM profielen p JOIN accounts a ON a.id = p.account_id
    WHERE p.account_id = p_id AND a.profiel_openbaar AND a.verwijderd_op IS NULL;
  END IF;
  IF v IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO matching_termen (soort, term, document_id, gewicht)
  SELECT p_soort, u.lexeme, p_id,
    greatest(1, (SELECT sum(CASE w WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END) FROM unnest(u.weights) AS w))
  FROM unnest(v) AS u
  WHERE length(u.lexeme) BETWEEN 2 AND 60
  ON CONFLICT DO NOTHING;
  INSERT INTO matching_termen (soort, term, document_id, gewicht)
  SELECT DISTINCT p_soort, 'thema:' || t, p_id, 1::real FROM unnest(themas) AS t
  ON CONFLICT DO NOTHING;
  INSERT INTO matching_documenten (soort, document_id, lengte)
  SELECT p_soort, p_id, greatest(1, coalesce(sum(gewicht), 0)) FROM matching_termen
  WHERE soort = p_soort AND document_id = p_id AND term NOT LIKE 'thema:%';
END;
$$;--> statement-breakpoint
-- Document frequencies, recomputed in bulk (see matching_term_statistiek).
CREATE OR REPLACE FUNCTION ip_matching_statistiek_verversen() RETURNS void LANGUAGE sql AS $$
  DELETE FROM matching_term_statistiek;
  INSERT INTO matching_term_statistiek (soort, term, documenten)
  SELECT soort, term, count(*)::int FROM matching_termen GROUP BY soort, term;
$$;--> statement-breakpoint
-- A document that is gone also leaves the index and every stored suggestion that names it.
CREATE OR REPLACE FUNCTION ip_matching_vergeten(p_soort text, p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM matching_termen WHERE soort = p_soort AND document_id = p_id;
  DELETE FROM matching_documenten WHERE soort = p_soort AND document_id = p_id;
  IF p_soort <> 'vraagstuk' THEN
    DELETE FROM suggesties WHERE kandidaat_soort = p_soort AND kandidaat_id = p_id;
  END IF;
  DELETE FROM matching_wachtrij WHERE soort = p_soort AND document_id = p_id;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_aanbod() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM ip_matching_vergeten('aanbod', OLD.id);
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.zoekvector IS DISTINCT FROM OLD.zoekvector OR NEW.thema_codes IS DISTINCT FROM OLD.thema_codes OR NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM ip_matching_index('aanbod', NEW.id);
  END IF;
  IF NEW.status = 'gepubliceerd' OR (TG_OP = 'UPDATE' AND OLD.status = 'gepubliceerd') THEN
    INSERT INTO matching_wachtrij (soort, document_id) VALUES ('aanbod', NEW.id) ON CONFLICT DO NOTHING;
  END IF;
  IF NEW.status <> 'gepubliceerd' THEN
    DELETE FROM suggesties WHERE kandidaat_soort = 'aanbod' AND kandidaat_id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_aanbod AFTER INSERT OR UPDATE OR DELETE ON aanbod FOR EACH ROW EXECUTE FUNCTION ip_matching_aanbod();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_aanbod_periodes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matching_wachtrij (soort, document_id)
  SELECT 'aanbod', a.id FROM aanbod a WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.aanbod_id ELSE NEW.aanbod_id END AND a.status = 'gepubliceerd'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_aanbod_periodes AFTER INSERT OR UPDATE OR DELETE ON aanbod_periodes FOR EACH ROW EXECUTE FUNCTION ip_matching_aanbod_periodes();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_vraagstukken() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM ip_matching_vergeten('vraagstuk', OLD.id);
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.zoekvector IS DISTINCT FROM OLD.zoekvector OR NEW.thema_codes IS DISTINCT FROM OLD.thema_codes
     OR NEW.status IS DISTINCT FROM OLD.status OR NEW.vertrouwelijkheid IS DISTINCT FROM OLD.vertrouwelijkheid THEN
    PERFORM ip_matching_index('vraagstuk', NEW.id);
  END IF;
  -- Suggestions are made for a vraagstuk from the moment it is submitted (the verbinder reviews it
  -- with them) until it is closed.
  IF NEW.status IN ('ingediend', 'gepubliceerd', 'in-gesprek') OR (TG_OP = 'UPDATE' AND OLD.status IN ('gepubliceerd', 'in-gesprek')) THEN
    INSERT INTO matching_wachtrij (soort, document_id) VALUES ('vraagstuk', NEW.id) ON CONFLICT DO NOTHING;
  END IF;
  IF NEW.status NOT IN ('gepubliceerd', 'in-gesprek') THEN
    DELETE FROM suggesties WHERE richting = 'aanbod' AND vraagstuk_id = NEW.id;
  END IF;
  -- Returned, withdrawn or closed: its own list goes too.
  IF NEW.status NOT IN ('ingediend', 'gepubliceerd', 'in-gesprek') THEN
    DELETE FROM suggesties WHERE richting = 'vraagstuk' AND vraagstuk_id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_vraagstukken AFTER INSERT OR UPDATE OR DELETE ON vraagstukken FOR EACH ROW EXECUTE FUNCTION ip_matching_vraagstukken();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_onderdelen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM ip_matching_vergeten('onderdeel', OLD.id);
    RETURN OLD;
  END IF;
  PERFORM ip_matching_index('onderdeel', NEW.id);
  -- No longer suggestible (e.g. another soort): no longer suggested either.
  IF NOT EXISTS (SELECT 1 FROM matching_documenten WHERE soort = 'onderdeel' AND document_id = NEW.id) THEN
    DELETE FROM suggesties WHERE kandidaat_soort = 'onderdeel' AND kandidaat_id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_onderdelen AFTER INSERT OR UPDATE OF naam, soort, beschrijving_nl, beschrijving_en OR DELETE ON onderdelen FOR EACH ROW EXECUTE FUNCTION ip_matching_onderdelen();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_onderdeel_themas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ip_matching_index('onderdeel', CASE WHEN TG_OP = 'DELETE' THEN OLD.onderdeel_id ELSE NEW.onderdeel_id END);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_onderdeel_themas AFTER INSERT OR DELETE ON onderdeel_themas FOR EACH ROW EXECUTE FUNCTION ip_matching_onderdeel_themas();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_profielen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM ip_matching_vergeten('persoon', OLD.account_id);
    RETURN OLD;
  END IF;
  PERFORM ip_matching_index('persoon', NEW.account_id);
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_profielen AFTER INSERT OR UPDATE OR DELETE ON profielen FOR EACH ROW EXECUTE FUNCTION ip_matching_profielen();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_profiel_themas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ip_matching_index('persoon', CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_profiel_themas AFTER INSERT OR DELETE ON profiel_themas FOR EACH ROW EXECUTE FUNCTION ip_matching_profiel_themas();--> statement-breakpoint
-- A profile that is made public or private, or an account that is deleted, enters or leaves the index.
CREATE OR REPLACE FUNCTION ip_matching_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ip_matching_index('persoon', NEW.id);
  IF NOT NEW.profiel_openbaar OR NEW.verwijderd_op IS NOT NULL THEN
    DELETE FROM suggesties WHERE kandidaat_soort = 'persoon' AND kandidaat_id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_accounts AFTER UPDATE OF profiel_openbaar, verwijderd_op ON accounts FOR EACH ROW EXECUTE FUNCTION ip_matching_accounts();--> statement-breakpoint
CREATE OR REPLACE FUNCTION ip_matching_accounts_weg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ip_matching_vergeten('persoon', OLD.id);
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ip_matching_accounts_weg AFTER DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION ip_matching_accounts_weg();--> statement-breakpoint
-- Index what is already there.
SELECT ip_matching_index('aanbod', id) FROM aanbod;--> statement-breakpoint
SELECT ip_matching_index('vraagstuk', id) FROM vraagstukken;--> statement-breakpoint
SELECT ip_matching_index('onderdeel', id) FROM onderdelen;--> statement-breakpoint
SELECT ip_matching_index('persoon', account_id) FROM profielen;--> statement-breakpoint
SELECT ip_matching_statistiek_verversen();
