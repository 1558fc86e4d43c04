import type { Context } from 'hono';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isBeheerder, isVerbinder, isVerbinderVoor, type Actor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { renderPage } from '../../../web/render.tsx';
import { aanbodOphalen, mayEditAanbod, maySeeAanbod, type AanbodVolledig } from '../../aanbod/index.ts';
import { koppelingen, levendeKoppelingStatussen } from '../../koppelingen/schema.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import { suggestiesVoorAanbod, type SuggestieWeergave } from '../queries.ts';
import { suggestiesBijwerkenVoorAanbod } from '../suggesties/bijwerken.ts';
import { Berekend, inTaal, nieuweKoppelingPad, pad, SuggestieItem, SuggestieLijst, type LevendeKoppeling, type SuggestieActie } from './suggestie-weergave.tsx';

/**
 * GET /aanbod/:id/suggesties: "vraagstukken die passen bij dit aanbod", for who may edit the item,
 * verbinders and beheerders (others: 404). suggestiesVoorAanbod leaves out vraagstukken the viewer
 * may not see. Per vraagstuk the way to act: an editor proposes, the verbinder of the vraagstuk's
 * regio introduces, and a pair with a live koppeling shows that koppeling instead.
 */

/** May see the suggestions of this aanbod item: its editors; verbinders and beheerders when they may see the item itself. */
export function maySeeAanbodSuggesties(actor: Actor, a: AanbodVolledig): boolean {
  return mayEditAanbod(actor, a) || ((isVerbinder(actor) || isBeheerder(actor)) && maySeeAanbod(actor, a));
}

export async function aanbodVoorSuggesties(c: Context<AppEnv>): Promise<AanbodVolledig> {
  const id = c.req.param('id') ?? '';
  const a = isUuid(id) ? await aanbodOphalen(c.var.deps.database.db, id, c.var.actor) : undefined;
  if (!a || !maySeeAanbodSuggesties(c.var.actor, a)) throw new NotFoundError();
  return a;
}

/** The live koppelingen of an aanbod item, by vraagstuk id. */
export async function levendeKoppelingenVanAanbod(db: Db, aanbodIds: string[]): Promise<Map<string, LevendeKoppeling>> {
  if (aanbodIds.length === 0) return new Map();
  const rijen = await db
    .select({ id: koppelingen.id, status: koppelingen.status, vraagstukId: koppelingen.vraagstukId, aanbodId: koppelingen.aanbodId })
    .from(koppelingen)
    .where(and(eq(koppelingen.kandidaatSoort, 'aanbod'), inArray(koppelingen.aanbodId, aanbodIds), inArray(koppelingen.status, [...levendeKoppelingStatussen])));
  return new Map(rijen.map((r) => [`${r.aanbodId}:${r.vraagstukId}`, { id: r.id, status: r.status }]));
}

/** `beheert`: the viewer may edit the aanbod item (then they propose in its name). */
export function aanbodActie(actor: Actor, a: Pick<AanbodVolledig, 'id' | 'status'>, beheert: boolean, s: SuggestieWeergave, levend: Map<string, LevendeKoppeling>): SuggestieActie {
  const koppeling = levend.get(`${a.id}:${s.vraagstukId}`);
  if (koppeling) return { soort: 'koppeling', koppeling };
  if (a.status !== 'gepubliceerd') return null;
  const href = nieuweKoppelingPad(s.vraagstukId, 'aanbod', a.id);
  if (isBeheerder(actor) || (s.kandidaat.regioCode !== null && isVerbinderVoor(actor, s.kandidaat.regioCode))) return { soort: 'introduceren', href };
  if (beheert) return { soort: 'voorstellen', href };
  return null;
}

export async function aanbodSuggestiesPage(c: Context<AppEnv>) {
  const a = await aanbodVoorSuggesties(c);
  const { t, actor } = c.var;
  const { db } = c.var.deps.database;
  const [resultaat, levend] = await Promise.all([suggestiesVoorAanbod(db, a.id, actor), levendeKoppelingenVanAanbod(db, [a.id])]);
  const titel = inTaal(c.var.locale, a.titelNl, a.titelEn);
  const aanbodTitel = titel.tekst ?? t('werkbank.zonderTitel');
  const title = t('werkbank.suggesties.aanbod.titel', { aanbod: aanbodTitel });
  const gepubliceerd = a.status === 'gepubliceerd';
  const beheert = mayEditAanbod(actor, a);
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [{ label: t('werkbank.crumbs.aanbod'), path: '/aanbod' }, { label: aanbodTitel, path: `/aanbod/${a.id}` }, { label: t('werkbank.suggesties.crumb') }],
    },
    <>
      <h1 class="utrecht-heading-1">
        {t('werkbank.suggesties.aanbod.kop')} <span lang={titel.lang}>{aanbodTitel}</span>
      </h1>
      <p class="utrecht-paragraph">{t('werkbank.suggesties.aanbod.uitleg')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/aanbod/${a.id}`)}>
          {t('werkbank.suggesties.terugNaarAanbod')}
        </a>
      </p>
      {gepubliceerd ? <Berekend op={resultaat.berekendOp} actie={pad(c, `/aanbod/${a.id}/suggesties/herberekenen`)} /> : null}
      {resultaat.suggesties.length === 0 ? (
        <EmptyState title={t(gepubliceerd ? 'werkbank.suggesties.leeg.vraagstuk' : 'werkbank.suggesties.leeg.nietGepubliceerd')}>
          <p class="utrecht-paragraph">{t(gepubliceerd ? 'werkbank.suggesties.leeg.aanbodUitleg' : 'werkbank.suggesties.leeg.nietGepubliceerdUitleg')}</p>
        </EmptyState>
      ) : (
        <SuggestieLijst>
          {resultaat.suggesties.map((s, i) => (
            <SuggestieItem s={s} id={`suggestie-${i + 1}`} kop="h2" actie={aanbodActie(actor, a, beheert, s, levend)} />
          ))}
        </SuggestieLijst>
      )}
    </>,
  );
}

/** POST /aanbod/:id/suggesties/herberekenen: recompute now, back to the list with a message. */
export async function aanbodHerberekenenPost(c: Context<AppEnv>) {
  const a = await aanbodVoorSuggesties(c);
  const aantal = a.status === 'gepubliceerd' ? await suggestiesBijwerkenVoorAanbod(c.var.deps.database.db, a.id) : 0;
  flash(c, aantal > 0 ? 'werkbank.suggesties.herberekend' : 'werkbank.suggesties.herberekendGeen');
  return c.redirect(pad(c, `/aanbod/${a.id}/suggesties`), 303);
}
