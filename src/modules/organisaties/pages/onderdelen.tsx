import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { alsBoom, contactpersonenVan, getOnderdeelBySlug, listOnderdelen, themasVan, type Onderdeel, type OnderdeelBoom } from '../onderdelen-queries.ts';
import { can } from '../policy.ts';
import { getOrganisatieBySlug, type OrganisatieRow } from '../queries.ts';
import { slugPattern } from './components.tsx';

/** The organisatie in the path for public pages (a merged one is gone: its onderdelen moved). */
export async function publiekeOrganisatie(c: Context<AppEnv>): Promise<OrganisatieRow> {
  const slug = c.req.param('slug') ?? '';
  const row = slugPattern.test(slug) ? await getOrganisatieBySlug(c.var.deps.database.db, slug) : undefined;
  if (!row || row.samengevoegdIn) throw new NotFoundError();
  return row;
}

export const onderdelenPath = (locale: Locale, slug: string, rest = '') => localizedPath(locale, `/organisaties/${slug}/onderdelen${rest}`);

/** The onderdeel in the path, within the organisatie: unknown 404. */
export async function onderdeelVoor(c: Context<AppEnv>, organisatie: OrganisatieRow): Promise<Onderdeel> {
  const row = await getOnderdeelBySlug(c.var.deps.database.db, organisatie.id, c.req.param('onderdeel') ?? '');
  if (!row) throw new NotFoundError();
  return row;
}

/** Text in the page's language, else the other one, with the lang attribute it needs. */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { text: string | null; lang: string | undefined } {
  if (locale === 'en') return en ? { text: en, lang: undefined } : { text: nl, lang: nl ? 'nl' : undefined };
  return nl ? { text: nl, lang: undefined } : { text: en, lang: en ? 'en' : undefined };
}

function Boom({ items, base }: { items: OnderdeelBoom[]; base: (rest: string) => string; }) {
  return (
    <ul class="utrecht-unordered-list">
      {items.map((o) => (
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={base(`/${o.slug}`)}>
            {o.naam}
          </a>
          {o.kinderen.length > 0 ? <Boom items={o.kinderen} base={base} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** GET /organisaties/:slug/onderdelen: public, nested. */
export async function onderdelenPage(c: Context<AppEnv>) {
  const organisatie = await publiekeOrganisatie(c);
  const { t, locale } = c.var;
  const items = await listOnderdelen(c.var.deps.database.db, organisatie.id);
  const boom = alsBoom(items);
  const title = t('organisaties.onderdelen.title', { organisatie: organisatie.naam });
  const base = (rest: string) => onderdelenPath(locale, organisatie.slug, rest);
  const beheren = can(c.var.actor, 'onderdelen-beheren', { organisatieId: organisatie.id });
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('organisaties.list.title'), path: '/organisaties' },
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('organisaties.onderdelen.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {beheren ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={base('/nieuw')}>
            {t('organisaties.onderdelen.nieuw')}
          </a>
        </p>
      ) : null}
      {boom.length === 0 ? <EmptyState title={t('organisaties.onderdelen.leeg')} /> : <Boom items={boom} base={base} />}
    </>,
  );
}

/** GET /organisaties/:slug/onderdelen/:onderdeel: public; contact people only with a public profile, by name. */
export async function onderdeelPage(c: Context<AppEnv>) {
  const organisatie = await publiekeOrganisatie(c);
  const onderdeel = await onderdeelVoor(c, organisatie);
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [themas, contactpersonen, alle] = await Promise.all([
    themasVan(db, [onderdeel.id]),
    contactpersonenVan(db, [onderdeel.id], { alleenOpenbaar: true }),
    listOnderdelen(db, organisatie.id),
  ]);
  const parent = alle.find((o) => o.id === onderdeel.bovenliggendId);
  const kinderen = alle.filter((o) => o.bovenliggendId === onderdeel.id);
  const beschrijving = inTaal(locale, onderdeel.beschrijvingNl, onderdeel.beschrijvingEn);
  const base = (rest: string) => onderdelenPath(locale, organisatie.slug, rest);
  const beheren = can(c.var.actor, 'onderdelen-beheren', { organisatieId: organisatie.id });
  return renderPage(
    c,
    {
      title: `${onderdeel.naam} (${organisatie.naam})`,
      breadcrumbs: [
        { label: t('organisaties.list.title'), path: '/organisaties' },
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('organisaties.onderdelen.crumb'), path: `/organisaties/${organisatie.slug}/onderdelen` },
        { label: onderdeel.naam },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{onderdeel.naam}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t(`organisaties.onderdeelSoort.${onderdeel.soort}`)} · {organisatie.naam}
      </p>
      {beschrijving.text ? (
        <p class="utrecht-paragraph" lang={beschrijving.lang}>
          {beschrijving.text}
        </p>
      ) : null}
      <dl class="utrecht-data-list ip-data-list">
        {parent ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.veld.bovenliggendOnderdeel')}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--html-a" href={base(`/${parent.slug}`)}>
                {parent.naam}
              </a>
            </dd>
          </div>
        ) : null}
        <div class="ip-data-list__item">
          <dt>{t('organisaties.veld.themas')}</dt>
          <dd>{themas.map((th) => (locale === 'en' ? th.naamEn : th.naamNl)).join(', ') || '–'}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('organisaties.veld.contactpersonen')}</dt>
          <dd>{contactpersonen.map((p) => p.naam).join(', ') || '–'}</dd>
        </div>
      </dl>
      {kinderen.length > 0 ? (
        <section aria-labelledby="onderliggende-onderdelen">
          <h2 class="utrecht-heading-2" id="onderliggende-onderdelen">
            {t('organisaties.onderdelen.onderliggende')}
          </h2>
          <ul class="utrecht-unordered-list">
            {kinderen.map((k) => (
              <li>
                <a class="utrecht-link utrecht-link--html-a" href={base(`/${k.slug}`)}>
                  {k.naam}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {beheren ? (
        <div class="utrecht-button-group">
          <a class="utrecht-link utrecht-link--html-a" href={base(`/${onderdeel.slug}/bewerken`)}>
            {t('organisaties.onderdelen.bewerken', { naam: onderdeel.naam })}
          </a>
          <a class="utrecht-link utrecht-link--html-a" href={base(`/${onderdeel.slug}/verwijderen`)}>
            {t('organisaties.onderdelen.verwijderen', { naam: onderdeel.naam })}
          </a>
        </div>
      ) : null}
      <p class="utrecht-paragraph ip-back">
        <a class="utrecht-link utrecht-link--html-a" href={base('')}>
          {t('organisaties.onderdelen.terug', { organisatie: organisatie.naam })}
        </a>
      </p>
    </>,
  );
}
