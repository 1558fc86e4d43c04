import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { isAccount } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';
import { isBeoordelaar, isEigenaar, isUuid, laadVraagstukKern } from '../../vraagstukken/index.ts';
import { zijden } from '../koppeling.schema.ts';
import { besluitVan, openZijden, zijdenVan } from '../policy.ts';
import { koppelingenVoorVraagstuk, mijnKoppelingen, type KoppelingVolledig } from '../queries.ts';
import { koppelingStatussen, type KoppelingStatus } from '../schema.ts';
import { Dag, KandidaatVerwijzing, kandidaatTitelTekst, koppelingNaam, StatusBadge, Titel, titelTekst, Verwijzing } from './components.tsx';

/** One koppeling in a list: its name (linked), status, the reader's part, both decisions, last change. */
function Item({ k, kop, titel, toonKandidaat }: { k: KoppelingVolledig; kop: 'h2' | 'h3'; titel: string; toonKandidaat: boolean }) {
  const { t, actor } = useRequestContext<AppEnv>().var;
  const Kop = kop;
  const mijn = zijdenVan(actor, k);
  const rol = [...mijn.map((z) => t(`koppelingen.zijde.${z}`)), ...(isAccount(actor) && k.voorgesteldDoor === actor.accountId ? [t('koppelingen.mijn.doorU')] : [])];
  return (
    <li class="ip-result">
      <Kop class={`utrecht-heading-${kop.slice(1)} ip-result__title`}>
        <Verwijzing href={`/koppelingen/${k.id}`}>{titel}</Verwijzing>
      </Kop>
      <p class="utrecht-paragraph ip-result__meta">
        <StatusBadge status={k.status} />
        {rol.length > 0 ? ` · ${t('koppelingen.mijn.uwRol', { rol: rol.join(t('koppelingen.en')) })}` : null} · {t('koppelingen.gewijzigdOp')} <Dag op={k.updatedAt} />
      </p>
      {toonKandidaat ? (
        <p class="utrecht-paragraph">
          {t('koppelingen.veld.kandidaat')}: <KandidaatVerwijzing kandidaat={k.kandidaat} />
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {zijden.map((z, i) => (
          <>
            {i > 0 ? ' · ' : null}
            {t(`koppelingen.zijdeKop.${z}`)}: {t(`koppelingen.besluit.${besluitVan(k, z) ?? 'geen'}`)}
          </>
        ))}
      </p>
    </li>
  );
}

/** Statuses in the order a person works through them. */
const volgorde: readonly KoppelingStatus[] = ['geintroduceerd', 'voorgesteld', 'geaccepteerd', 'afgewezen', 'ingetrokken'];

/**
 * GET /account/koppelingen: every koppeling a person is part of (on a side, or proposed by them):
 * first those waiting for their decision, then the rest grouped by status.
 */
export async function mijnPage(c: Context<AppEnv>) {
  const { t } = c.var;
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const alle = await mijnKoppelingen(c.var.deps.database.db, actor);
  const wachtend = alle.filter((k) => openZijden(actor, k).length > 0);
  const rest = alle.filter((k) => !wachtend.includes(k));
  const title = t('koppelingen.mijn.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('koppelingen.crumbs.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('koppelingen.mijn.intro')}</p>
      {alle.length === 0 ? (
        <EmptyState title={t('koppelingen.mijn.leeg')}>
          <p class="utrecht-paragraph">{t('koppelingen.mijn.leegUitleg')}</p>
          <p class="utrecht-paragraph">
            <Verwijzing href="/vraagstukken">{t('koppelingen.mijn.zoekVraagstukken')}</Verwijzing>
          </p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="wacht-op-u">
            <h2 class="utrecht-heading-2" id="wacht-op-u">
              {t('koppelingen.mijn.wachtOpU', { count: wachtend.length })}
            </h2>
            {wachtend.length === 0 ? (
              <p class="utrecht-paragraph">{t('koppelingen.mijn.nietsTeBeslissen')}</p>
            ) : (
              <ul class="ip-results">
                {wachtend.map((k) => (
                  <Item k={k} kop="h3" titel={koppelingNaam(c, k)} toonKandidaat={false} />
                ))}
              </ul>
            )}
          </section>
          {volgorde.map((status) => {
            const items = rest.filter((k) => k.status === status);
            if (items.length === 0) return null;
            return (
              <section aria-labelledby={`status-${status}`}>
                <h2 class="utrecht-heading-2" id={`status-${status}`}>
                  {t(`koppelingen.mijn.groep.${status}`, { count: items.length })}
                </h2>
                <ul class="ip-results">
                  {items.map((k) => (
                    <Item k={k} kop="h3" titel={koppelingNaam(c, k)} toonKandidaat={false} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>,
  );
}

/**
 * GET /vraagstukken/:id/koppelingen: every koppeling of one vraagstuk, for its owners, the verbinder
 * of its regio and beheerders; for everyone else it does not exist (404).
 */
export async function voorVraagstukPage(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const db = c.var.deps.database.db;
  const kern = isUuid(id) ? await laadVraagstukKern(db, id) : undefined;
  const actor = c.var.actor;
  if (!kern || !(isEigenaar(actor, kern) || isBeoordelaar(actor, kern))) throw new NotFoundError();
  const { t } = c.var;
  const items = await koppelingenVoorVraagstuk(db, kern.id);
  const vraagstukTitel = titelTekst(c, kern.titelNl, kern.titelEn);
  const title = t('koppelingen.voorVraagstuk.titel', { vraagstuk: vraagstukTitel });
  const perStatus = koppelingStatussen.map((s) => ({ s, n: items.filter((k) => k.status === s).length })).filter((x) => x.n > 0);
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('koppelingen.crumbs.vraagstukken'), path: '/vraagstukken' },
        { label: vraagstukTitel, path: `/vraagstukken/${kern.id}` },
        { label: t('koppelingen.voorVraagstuk.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">
        {t('koppelingen.voorVraagstuk.kop')} <Titel nl={kern.titelNl} en={kern.titelEn} />
      </h1>
      <ul class="utrecht-unordered-list ip-link-list">
        <li>
          <Verwijzing href={`/vraagstukken/${kern.id}`}>{t('koppelingen.terugNaarVraagstuk')}</Verwijzing>
        </li>
        <li>
          <Verwijzing href={`/vraagstukken/${kern.id}/suggesties`}>{t('koppelingen.voorVraagstuk.suggesties')}</Verwijzing>
        </li>
      </ul>
      {items.length === 0 ? (
        <EmptyState title={t('koppelingen.voorVraagstuk.leeg')}>
          <p class="utrecht-paragraph">{t('koppelingen.voorVraagstuk.leegUitleg')}</p>
        </EmptyState>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {t('koppelingen.voorVraagstuk.aantal', { count: items.length })} {perStatus.map((x) => `${t(`koppelingen.status.${x.s}`)}: ${x.n}`).join(', ')}.
          </p>
          <ul class="ip-results">
            {items.map((k) => (
              <Item k={k} kop="h2" titel={kandidaatTitelTekst(c, k.kandidaat)} toonKandidaat={true} />
            ))}
          </ul>
        </>
      )}
    </>,
  );
}
