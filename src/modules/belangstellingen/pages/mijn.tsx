import type { Context } from 'hono';
import { isAccount } from '../../../platform/actor.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { belangstellingenVan, belangstellingenVoorEigenaar } from '../queries.ts';
import { AanbodVerwijzing, Dag, pad, PersoonNaam, StatusBadge, Titel } from './components.tsx';

/**
 * GET /account/belangstellingen: both sides of the interest a person is part of: what they
 * signalled (with the status and whether there is an answer), and the interests awaiting their
 * answer for the vraagstukken they own.
 */
export async function mijnPage(c: Context<AppEnv>) {
  const { t } = c.var;
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const { db } = c.var.deps.database;
  const [mijn, voorMij] = await Promise.all([belangstellingenVan(db, actor.accountId), belangstellingenVoorEigenaar(db, actor)]);
  const title = t('belangstellingen.mijn.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('belangstellingen.crumbs.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <section aria-labelledby="mijn-belangstelling">
        <h2 class="utrecht-heading-2" id="mijn-belangstelling">
          {t('belangstellingen.mijn.getoondKop')}
        </h2>
        {mijn.length === 0 ? (
          <EmptyState title={t('belangstellingen.mijn.geenGetoond')}>
            <p class="utrecht-paragraph">
              <a class="utrecht-link utrecht-link--html-a" href={pad(c, '/vraagstukken')}>
                {t('belangstellingen.mijn.zoekVraagstukken')}
              </a>
            </p>
          </EmptyState>
        ) : (
          <ul class="ip-results">
            {mijn.map((b) => (
              <li class="ip-result">
                <h3 class="utrecht-heading-3 ip-result__title">
                  <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${b.id}`)}>
                    <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} />
                  </a>
                </h3>
                <p class="utrecht-paragraph ip-result__meta">
                  <StatusBadge status={b.status} /> · {t('belangstellingen.getoondOp')} <Dag op={b.createdAt} />
                  {b.beantwoordOp ? (
                    <>
                      {' · '}
                      {t('belangstellingen.beantwoordOp')} <Dag op={b.beantwoordOp} />
                    </>
                  ) : null}
                </p>
                {b.aanbod ? (
                  <p class="utrecht-paragraph">
                    {t('belangstellingen.veld.aanbod')}: <AanbodVerwijzing aanbod={b.aanbod} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="voor-mijn-vraagstukken">
        <h2 class="utrecht-heading-2" id="voor-mijn-vraagstukken">
          {t('belangstellingen.mijn.voorMijKop')}
        </h2>
        {voorMij.length === 0 ? (
          <EmptyState title={t('belangstellingen.mijn.geenVoorMij')} />
        ) : (
          <ul class="ip-results">
            {voorMij.map((b) => (
              <li class="ip-result">
                <h3 class="utrecht-heading-3 ip-result__title">
                  <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${b.id}`)}>
                    <PersoonNaam persoon={b.persoon} />
                  </a>
                </h3>
                <p class="utrecht-paragraph ip-result__meta">
                  {t('belangstellingen.mijn.voorVraagstuk')} <Titel nl={b.vraagstuk.titelNl} en={b.vraagstuk.titelEn} /> · <StatusBadge status={b.status} /> ·{' '}
                  {t('belangstellingen.getoondOp')} <Dag op={b.createdAt} />
                </p>
                <p class="utrecht-paragraph">
                  <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${b.id}/beantwoorden`)}>
                    {t('belangstellingen.voorVraagstuk.beantwoord', { naam: b.persoon.verwijderd ? t('belangstellingen.verwijderdePersoon') : b.persoon.naam })}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>,
  );
}
