import type { Context } from 'hono';
import { isAccount } from '../../../platform/actor.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { eigenAanbod } from '../../aanbod/index.ts';
import { suggestiesVoorAanbod } from '../queries.ts';
import { aanbodActie, levendeKoppelingenVanAanbod } from './suggesties-aanbod.tsx';
import { inTaal, pad, SuggestieItem, SuggestieLijst } from './suggestie-weergave.tsx';

/**
 * GET /account/passende-vraagstukken: "vraagstukken die passen bij uw aanbod". For each published
 * aanbod item the person manages (theirs, or of an organisatie they coordinate), the five best
 * vraagstukken they may see, with the reasons; the full list is on the item's suggestion page.
 */

const perAanbod = 5;

export async function passendeVraagstukkenPage(c: Context<AppEnv>) {
  const { t, actor } = c.var;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const { db } = c.var.deps.database;
  const items = (await eigenAanbod(db, actor.accountId)).filter((a) => a.status === 'gepubliceerd');
  // PGlite runs one query at a time anyway; in order keeps the load on PostgreSQL predictable too.
  const lijsten = [];
  for (const a of items) lijsten.push({ a, resultaat: await suggestiesVoorAanbod(db, a.id, actor, { limiet: perAanbod }) });
  const levend = await levendeKoppelingenVanAanbod(
    db,
    items.map((a) => a.id),
  );
  const title = t('werkbank.passend.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('werkbank.crumbs.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('werkbank.passend.uitleg')}</p>
      {items.length === 0 ? (
        <EmptyState title={t('werkbank.passend.geenAanbod')}>
          <p class="utrecht-paragraph">{t('werkbank.passend.geenAanbodUitleg')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={pad(c, '/aanbod/nieuw')}>
              {t('werkbank.passend.aanbodToevoegen')}
            </a>
          </p>
        </EmptyState>
      ) : (
        lijsten.map(({ a, resultaat }, n) => {
          const titel = inTaal(c.var.locale, a.titelNl, a.titelEn);
          const kopId = `aanbod-${n + 1}`;
          return (
            <section aria-labelledby={kopId}>
              <h2 class="utrecht-heading-2" id={kopId}>
                <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/aanbod/${a.id}`)} lang={titel.lang}>
                  {titel.tekst ?? t('werkbank.zonderTitel')}
                </a>
              </h2>
              {resultaat.suggesties.length === 0 ? (
                <EmptyState title={t('werkbank.suggesties.leeg.vraagstuk')}>
                  <p class="utrecht-paragraph">{t('werkbank.suggesties.leeg.aanbodUitleg')}</p>
                </EmptyState>
              ) : (
                <SuggestieLijst>
                  {resultaat.suggesties.map((s, i) => (
                    // eigenAanbod lists what the person manages: they propose in the item's name.
                    <SuggestieItem s={s} id={`${kopId}-suggestie-${i + 1}`} actie={aanbodActie(actor, a, true, s, levend)} />
                  ))}
                </SuggestieLijst>
              )}
              <p class="utrecht-paragraph">
                <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/aanbod/${a.id}/suggesties`)} aria-describedby={kopId}>
                  {t('werkbank.passend.alleSuggesties')}
                </a>
              </p>
            </section>
          );
        })
      )}
    </>,
  );
}
