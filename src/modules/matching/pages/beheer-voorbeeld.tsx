import { desc, eq, inArray, sql } from 'drizzle-orm';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import type { Gewichten } from '../configuratie.ts';
import { rangschikVoorVraagstuk, type Suggestie } from '../engine/rangschik.ts';
import type { KandidaatSoort } from '../schema.ts';
import { kandidatenWeergave, weergaveSleutel } from '../suggesties/weergave.ts';

/**
 * The preview of /beheer/matching: one vraagstuk ranked twice by the engine, under the saved weights
 * and under the weights in the form, nothing stored. Each ranking looks further than the top 10
 * (diepte per kind), so that a candidate that climbs into the top 10 can say where it came from.
 */
const top = 10;
const diepte = 50;

/** The vraagstukken a beheerder can choose: open ones, the most recently submitted or published first. */
export async function keuzeVraagstukken(db: Db, locale: Locale) {
  const wanneer = sql`coalesce(${vraagstukken.gepubliceerdOp}, ${vraagstukken.ingediendOp}, ${vraagstukken.createdAt})`;
  const rows = await db
    .select({ id: vraagstukken.id, titelNl: vraagstukken.titelNl, titelEn: vraagstukken.titelEn, organisatie: organisaties.naam })
    .from(vraagstukken)
    .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
    .where(inArray(vraagstukken.status, ['ingediend', 'gepubliceerd', 'in-gesprek']))
    .orderBy(desc(wanneer), desc(vraagstukken.id))
    .limit(50);
  return rows.map((r) => ({ id: r.id, titel: titelIn(locale, r.titelNl, r.titelEn), organisatie: r.organisatie }));
}

export async function vraagstukTitel(db: Db, id: string, locale: Locale): Promise<{ titel: string | null } | undefined> {
  const [row] = await db.select({ titelNl: vraagstukken.titelNl, titelEn: vraagstukken.titelEn }).from(vraagstukken).where(eq(vraagstukken.id, id));
  return row ? { titel: titelIn(locale, row.titelNl, row.titelEn) } : undefined;
}

const titelIn = (locale: Locale, nl: string | null, en: string | null) => (locale === 'en' ? en || nl : nl || en) ?? null;

type Kandidaat = { sleutel: string; soort: KandidaatSoort; titel: string; ondertitel: string | null; pad: string; score: number };
type Rij = { rang: number; huidig: Kandidaat | undefined; nieuw: Kandidaat | undefined; wasRang: number | undefined };
export type Voorbeeld = { vraagstukId: string; titel: string | null; rijen: Rij[]; uitTop: { kandidaat: Kandidaat; nuRang: number | undefined }[] };

const sleutel = (s: Pick<Suggestie, 'kandidaatSoort' | 'kandidaatId'>) => weergaveSleutel(s.kandidaatSoort, s.kandidaatId);
const opScore = (lijst: Suggestie[]) => [...lijst].sort((a, b) => b.score - a.score);

export async function maakVoorbeeld(
  db: Db,
  invoer: { vraagstukId: string; titel: string | null; soort: KandidaatSoort | undefined; huidig: Gewichten; nieuw: Gewichten },
): Promise<Voorbeeld> {
  const opties = { limiet: diepte, ...(invoer.soort ? { soorten: [invoer.soort] } : {}) };
  // One after the other: on PGlite the queries queue on one connection anyway.
  const huidig = opScore(await rangschikVoorVraagstuk(db, invoer.vraagstukId, { ...opties, gewichten: invoer.huidig }));
  const nieuw = opScore(await rangschikVoorVraagstuk(db, invoer.vraagstukId, { ...opties, gewichten: invoer.nieuw }));
  const rangHuidig = new Map(huidig.map((s, i) => [sleutel(s), i + 1]));
  const rangNieuw = new Map(nieuw.map((s, i) => [sleutel(s), i + 1]));
  const labels = await kandidatenWeergave(db, [...huidig.slice(0, top), ...nieuw.slice(0, top)].map((s) => ({ soort: s.kandidaatSoort, id: s.kandidaatId })));
  const kandidaat = (s: Suggestie | undefined): Kandidaat | undefined => {
    if (!s) return undefined;
    const label = labels.get(weergaveSleutel(s.kandidaatSoort, s.kandidaatId));
    return { sleutel: sleutel(s), soort: s.kandidaatSoort, titel: label?.titel ?? s.kandidaatId, ondertitel: label?.ondertitel ?? null, pad: label?.pad ?? '', score: s.score };
  };
  const rijen: Rij[] = [];
  for (let i = 0; i < Math.min(top, Math.max(huidig.length, nieuw.length)); i++) {
    const n = nieuw[i];
    rijen.push({ rang: i + 1, huidig: kandidaat(huidig[i]), nieuw: kandidaat(n), wasRang: n ? rangHuidig.get(sleutel(n)) : undefined });
  }
  const nieuwTop = new Set(nieuw.slice(0, top).map(sleutel));
  const uitTop = huidig
    .slice(0, top)
    .filter((s) => !nieuwTop.has(sleutel(s)))
    .map((s) => ({ kandidaat: kandidaat(s)!, nuRang: rangNieuw.get(sleutel(s)) }));
  return { vraagstukId: invoer.vraagstukId, titel: invoer.titel, rijen, uitTop };
}

/** The two rankings side by side, rank by rank, with the change of each new candidate in words. */
export function VoorbeeldResultaat({ voorbeeld }: { voorbeeld: Voorbeeld }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const score = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const titel = voorbeeld.titel ?? t('algoritme.beheer.resultaat.naamloos');
  const naam = (k: Kandidaat | undefined) =>
    k ? (
      <>
        {k.pad ? (
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, k.pad)}>
            {k.titel}
          </a>
        ) : (
          k.titel
        )}
        <br />
        <span>{[t(`algoritme.soorten.${k.soort}`), k.ondertitel].filter(Boolean).join(' · ')}</span>
      </>
    ) : (
      <em>{t('algoritme.beheer.resultaat.geen')}</em>
    );
  const verandering = (rij: Rij) => {
    if (!rij.nieuw) return '';
    if (rij.wasRang === undefined) return t('algoritme.beheer.resultaat.nieuwKandidaat');
    if (rij.wasRang > top) return t('algoritme.beheer.resultaat.nieuwBinnen', { was: rij.wasRang });
    const verschil = rij.wasRang - rij.rang;
    if (verschil > 0) return t('algoritme.beheer.resultaat.omhoog', { count: verschil });
    if (verschil < 0) return t('algoritme.beheer.resultaat.omlaag', { count: -verschil });
    return t('algoritme.beheer.resultaat.gelijk');
  };
  return (
    <section aria-labelledby="voorbeeld-titel" id="voorbeeld-resultaat">
      <h2 class="utrecht-heading-2" id="voorbeeld-titel">
        {t('algoritme.beheer.resultaat.title', { titel })}
      </h2>
      <p class="utrecht-paragraph">{t('algoritme.beheer.resultaat.intro')}</p>
      {voorbeeld.rijen.length === 0 ? (
        <p class="utrecht-paragraph">{t('algoritme.beheer.resultaat.leeg')}</p>
      ) : (
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="voorbeeld-caption">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="voorbeeld-caption">
              {t('algoritme.beheer.resultaat.caption')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.resultaat.rang')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.resultaat.huidig')}</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t('algoritme.beheer.resultaat.score')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.resultaat.nieuw')}</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t('algoritme.beheer.resultaat.score')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('algoritme.beheer.resultaat.verandering')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {voorbeeld.rijen.map((rij) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">{rij.rang}</th>
                  <td class="utrecht-table__cell">{naam(rij.huidig)}</td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">{rij.huidig ? score.format(rij.huidig.score) : ''}</td>
                  <td class="utrecht-table__cell">{naam(rij.nieuw)}</td>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">{rij.nieuw ? score.format(rij.nieuw.score) : ''}</td>
                  <td class="utrecht-table__cell">{verandering(rij)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {voorbeeld.uitTop.length > 0 ? (
        <>
          <p class="utrecht-paragraph">{t('algoritme.beheer.resultaat.uitTop')}</p>
          <ul class="utrecht-unordered-list">
            {voorbeeld.uitTop.map((u) => (
              <li>
                {u.kandidaat.titel} ({u.nuRang === undefined ? t('algoritme.beheer.resultaat.nuNiet') : t('algoritme.beheer.resultaat.nuRang', { rang: u.nuRang })})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
