import { inArray } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { formatDay, formatMoment } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { listSamenwerkingsvormen } from '../../taxonomie/index.ts';
import type { SamenwerkingConceptGegevens } from '../commands/samenwerking-concept.ts';
import type { KoppelingVolledig, SamenwerkingConcept } from '../queries.ts';
import { Gegeven, PersoonNaam } from './components.tsx';

/**
 * The stored 'samenwerking-concept' event of an accepted koppeling: when it was recorded and what it
 * holds, in words. The samenwerkingen module drafts the collaboration from it; until then it is shown
 * here so that both sides see what was agreed to. An async function (not a component): it reads the
 * names first, then returns the markup for the page.
 */
export async function samenwerkingConceptSectie(c: Context<AppEnv>, k: KoppelingVolledig, concept: SamenwerkingConcept) {
  const { t, locale } = c.var;
  const db = c.var.deps.database.db;
  const g = concept.gegevens as Partial<SamenwerkingConceptGegevens>;
  const orgIds = [g.organisatieId, g.partnerOrganisatieId].filter((x): x is string => typeof x === 'string');
  const [vormen, orgs] = await Promise.all([
    listSamenwerkingsvormen(db),
    orgIds.length > 0 ? db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties).where(inArray(organisaties.id, orgIds)) : Promise.resolve([]),
  ]);
  const orgNaam = (id: string | null | undefined) => (id ? (orgs.find((o) => o.id === id)?.naam ?? null) : null);
  const vormNamen = (g.vormCodes ?? []).map((code) => {
    const vorm = vormen.find((v) => v.code === code);
    return vorm ? (locale === 'en' ? vorm.naamEn : vorm.naamNl) : code;
  });
  const dag = (d: string | null | undefined) => (d ? formatDay(new Date(`${d}T12:00:00Z`), locale) : null);
  const periode = g.periode;
  const periodeTekst =
    periode && (periode.van || periode.tot)
      ? [periode.label, [dag(periode.van), dag(periode.tot)].filter(Boolean).join(' – ')].filter(Boolean).join(': ')
      : t('koppelingen.concept.onbekend');
  return (
    <section aria-labelledby="concept-kop">
      <h2 class="utrecht-heading-2" id="concept-kop">
        {t('koppelingen.concept.kop')}
      </h2>
      <p class="utrecht-paragraph">{t('koppelingen.concept.vastgelegd', { moment: formatMoment(concept.op, locale) })}</p>
      <dl class="utrecht-data-list ip-data-list">
        <Gegeven label={t('koppelingen.concept.vraagOrganisatie')}>{orgNaam(g.organisatieId) ?? k.vraagstuk.organisatieNaam}</Gegeven>
        <Gegeven label={t('koppelingen.concept.partner')}>{orgNaam(g.partnerOrganisatieId) ?? t('koppelingen.concept.onbekend')}</Gegeven>
        <Gegeven label={t('koppelingen.concept.vormen')}>{vormNamen.length > 0 ? vormNamen.join(', ') : t('koppelingen.concept.onbekend')}</Gegeven>
        <Gegeven label={t('koppelingen.concept.periode')}>{periodeTekst}</Gegeven>
        <Gegeven label={t('koppelingen.concept.aantalStudenten')}>{typeof g.aantalStudenten === 'number' ? String(g.aantalStudenten) : t('koppelingen.concept.onbekend')}</Gegeven>
        <Gegeven label={t('koppelingen.concept.deelnemers')}>
          <ul class="utrecht-unordered-list">
            {(g.deelnemers ?? []).map((id) => (
              <li>
                <PersoonNaam persoon={k.personen[id]} />
              </li>
            ))}
          </ul>
        </Gegeven>
      </dl>
    </section>
  );
}
