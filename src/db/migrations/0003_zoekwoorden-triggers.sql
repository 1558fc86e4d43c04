-- Keeps zoekwoorden up to date with the words of organisation names and abbreviations.
-- Words are split on anything that is not a letter, kept in lower case with their accents (so that
-- a corrected word matches the name as written), and only added: a word that no longer occurs
-- anywhere does no harm, it simply finds nothing. Numbers and codes are not words to correct.
CREATE OR REPLACE FUNCTION zoekwoorden_toevoegen(tekst text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO zoekwoorden (woord)
  SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(tekst, '')), '[^[:alpha:]]+') AS w
  WHERE length(w) >= 3
  ON CONFLICT (woord) DO NOTHING;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisaties_zoekwoorden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM zoekwoorden_toevoegen(NEW.naam || ' ' || coalesce(NEW.afkorting, ''));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER organisaties_zoekwoorden AFTER INSERT OR UPDATE OF naam, afkorting ON organisaties
  FOR EACH ROW EXECUTE FUNCTION organisaties_zoekwoorden();--> statement-breakpoint
SELECT zoekwoorden_toevoegen(naam || ' ' || coalesce(afkorting, '')) FROM organisaties;
