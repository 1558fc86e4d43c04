import type { Context } from 'hono';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { koppelingen, levendeKoppelingStatussen } from '../../koppelingen/schema.ts';
import { isBeoordelaar, isEigenaar, isUuid, laadVraagstukKern, openStatussen, type VraagstukKern } from '../../vraagstukken/index.ts';
import { suggestiesVoorVraagstuk } from '../queries.ts';
import { kandidaatSoorten, type KandidaatSoort } from '../schema.ts';
import { suggestiesBijwerkenVoorVraagstuk } from '../suggesties/bijwerken.ts';
import { Berekend, inTaal, nieuweKoppelingPad, pad, SuggestieItem, SuggestieLijst, type LevendeKoppeling, type SuggestieActie } from './suggestie-weergave.tsx';

/**
 * GET /vraagstukken/:id/suggesties: the engine's suggestions for one vraagstuk, per kind of
 * candidate (tabs as plain links, ?soort=), each with its reasons and full breakdown, and the way
 * to act on it: the verbinder introduces, an owner proposes; a pair that already has a live
 * koppeling shows that instead. Only its owners, the verbinder of its regio and beheerders see
 * this; for everyone else the page does not exist (404), as the contracts say.
 */

/** Statuses in which the engine makes suggestions for a vraagstuk (migration 0009's trigger). */
const suggestieStatussen = ['ingediend', 'gepubliceerd', 'in-gesprek'];

async function vraagstukVoorSuggesties(c: Context<AppEnv>): Promise<VraagstukKern> {
  const id = c.req.param('id') ?? '';
  const kern = isUuid(id) ? await laadVraagstukKern(c.var.deps.database.db, id) : undefined;
  if (!kern || !(isEigenaar(c.var.actor, kern) || isBeoordelaar(c.var.actor, kern))) throw new NotFoundError();
  return kern;
}

const soortUit = (s: string | undefined): KandidaatSoort => (kandidaatSoorten as readonly string[]).includes(s ?? '') ? (s as KandidaatSoort) : 'aanbod';

/** The live koppelingen of a vraagstuk, by 'soort:kandidaatId'. */
async function levendeKoppelingen(db: Db, vraagstukId: string): Promise<Map<string, LevendeKoppeling>> {
  const rijen = await db
    .select({ id: koppelingen.id, status: koppelingen.status, soort: koppelingen.kandidaatSoort, kandidaatId: sql<string>`coalesce(${koppelingen.aanbodId}, ${koppelingen.onderdeelId}, ${koppelingen.persoonId})` })
    .from(koppelingen)
    .where(and(eq(koppelingen.vraagstukId, vraagstukId), inArray(koppelingen.status, [...levendeKoppelingStatussen])));
  return new Map(rijen.map((r) => [`${r.soort}:${r.kandidaatId}`, { id: r.id, status: r.status }]));
}

function actieVoor(actor: Actor, kern: VraagstukKern, soort: KandidaatSoort, kandidaatId: string, levend: Map<string, LevendeKoppeling>): SuggestieActie {
  const koppeling = levend.get(`${soort}:${kandidaatId}`);
  if (koppeling) return { soort: 'koppeling', koppeling };
  // A koppeling is made for a published vraagstuk only: before that, the verbinder reviews it.
  if (!openStatussen.includes(kern.status)) return null;
  const href = nieuweKoppelingPad(kern.id, soort, kandidaatId);
  if (isBeoordelaar(actor, kern)) return { soort: 'introduceren', href };
  if (isEigenaar(actor, kern)) return { soort: 'voorstellen', href };
  return null;
}

export async function vraagstukSuggestiesPage(c: Context<AppEnv>) {
  const kern = await vraagstukVoorSuggesties(c);
  const { t, actor } = c.var;
  const { db } = c.var.deps.database;
  const soort = soortUit(c.req.query('soort'));
  const [resultaat, levend] = await Promise.all([suggestiesVoorVraagstuk(db, kern.id), levendeKoppelingen(db, kern.id)]);
  const perSoort = (s: KandidaatSoort) => resultaat.suggesties.filter((x) => x.kandidaatSoort === s).sort((a, b) => a.rang - b.rang);
  const getoond = perSoort(soort);
  const titel = inTaal(c.var.locale, kern.titelNl, kern.titelEn);
  const vraagstukTitel = titel.tekst ?? t('werkbank.zonderTitel');
  const title = t('werkbank.suggesties.vraagstuk.titel', { vraagstuk: vraagstukTitel });
  const basis = pad(c, `/vraagstukken/${kern.id}/suggesties`);
  const open = suggestieStatussen.includes(kern.status);
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('werkbank.crumbs.vraagstukken'), path: '/vraagstukken' },
        { label: vraagstukTitel, path: `/vraagstukken/${kern.id}` },
        { label: t('werkbank.suggesties.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">
        {t('werkbank.suggesties.vraagstuk.kop')} <span lang={titel.lang}>{vraagstukTitel}</span>
      </h1>
      <p class="utrecht-paragraph">{t('werkbank.suggesties.vraagstuk.uitleg')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${kern.id}`)}>
          {t('werkbank.suggesties.terugNaarVraagstuk')}
        </a>
      </p>
      {open ? <Berekend op={resultaat.berekendOp} actie={`${basis}/herberekenen`} verborgen={{ soort }} /> : null}
      {kern.status === 'ingediend' ? (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">{t('werkbank.suggesties.nogNietGepubliceerd')}</p>
        </div>
      ) : null}
      <nav aria-label={t('werkbank.suggesties.soorten')}>
        <ul class="utrecht-unordered-list ip-link-list">
          {kandidaatSoorten.map((s) => (
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={`${basis}?soort=${s}`} aria-current={s === soort ? 'page' : undefined}>
                {t(`werkbank.suggesties.tab.${s}`, { count: perSoort(s).length })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="utrecht-heading-2">{t(`werkbank.suggesties.kop.${soort}`)}</h2>
      {getoond.length === 0 ? (
        <EmptyState title={t(open ? `werkbank.suggesties.leeg.${soort}` : 'werkbank.suggesties.leeg.nietOpen')}>
          <p class="utrecht-paragraph">{t(open ? 'werkbank.suggesties.leeg.uitleg' : 'werkbank.suggesties.leeg.nietOpenUitleg')}</p>
        </EmptyState>
      ) : (
        <SuggestieLijst>
          {getoond.map((s, i) => (
            <SuggestieItem s={s} id={`suggestie-${i + 1}`} actie={actieVoor(actor, kern, s.kandidaatSoort, s.kandidaatId, levend)} />
          ))}
        </SuggestieLijst>
      )}
    </>,
  );
}

/** POST /vraagstukken/:id/suggesties/herberekenen: recompute now, back to the list with a message. */
export async function vraagstukHerberekenenPost(c: Context<AppEnv>) {
  const kern = await vraagstukVoorSuggesties(c);
  const soort = soortUit((await readForm(c)).soort);
  const aantal = suggestieStatussen.includes(kern.status) ? await suggestiesBijwerkenVoorVraagstuk(c.var.deps.database.db, kern.id) : 0;
  flash(c, aantal > 0 ? 'werkbank.suggesties.herberekend' : 'werkbank.suggesties.herberekendGeen');
  return c.redirect(`${pad(c, `/vraagstukken/${kern.id}/suggesties`)}?soort=${soort}`, 303);
}
