import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { getOrganisatieById, getOrganisatieBySlug, listOnderliggende } from '../queries.ts';
import { canLidmaatschap } from '../../lidmaatschappen/index.ts';
import { listOnderdelen } from '../onderdelen-queries.ts';
import { can } from '../policy.ts';

export async function organisatieDetailPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const slug = c.req.param('slug') ?? '';
  const row = /^[a-z0-9-]{1,80}$/.test(slug) ? await getOrganisatieBySlug(db, slug) : undefined;
  if (!row) throw new NotFoundError();
  if (row.samengevoegdIn) {
    // A duplicate merged away: its old address points to the organisatie that was kept, for good.
    const kept = await getOrganisatieById(db, row.samengevoegdIn);
    if (!kept) throw new NotFoundError();
    return c.redirect(localizedPath(locale, `/organisaties/${kept.slug}`), 301);
  }
  const [onderliggende, onderdelen] = await Promise.all([listOnderliggende(db, row.id), listOnderdelen(db, row.id)]);
  const magBewerken = can(c.var.actor, 'bewerken', { organisatieId: row.id });
  const beschrijving = locale === 'en' ? (row.beschrijvingEn ?? row.beschrijvingNl) : (row.beschrijvingNl ?? row.beschrijvingEn);
  const beschrijvingLang = locale === 'en' && !row.beschrijvingEn ? 'nl' : locale === 'nl' && !row.beschrijvingNl ? 'en' : undefined;
  const listTitle = t('organisaties.list.title');
  const path = (p: string) => localizedPath(locale, p);

  return renderPage(
    c,
    { title: row.naam, breadcrumbs: [{ label: listTitle, path: '/organisaties' }, { label: row.naam }] },
    <>
      {row.logoType ? (
        <p class="utrecht-paragraph">
          <img class="ip-logo" src={`/organisaties/${row.slug}/logo?v=${row.versie}`} alt={t('organisaties.logo.alt', { organisatie: row.naam })} height={80} />
        </p>
      ) : null}
      <h1 class="utrecht-heading-1">{row.naam}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t(`organisaties.soort.${row.soort}`)}
        {row.type ? ` (${t(`organisaties.type.${row.type}`)})` : ''}
      </p>
      {beschrijving ? (
        <section aria-labelledby="beschrijving">
          <h2 class="utrecht-heading-2" id="beschrijving">
            {t('organisaties.detail.beschrijving')}
          </h2>
          {row.beschrijvingIsDemo ? (
            <p class="utrecht-paragraph">
              <span class="utrecht-status-badge utrecht-status-badge--neutral">{t('common.demoBadge')}</span>
            </p>
          ) : null}
          <p class="utrecht-paragraph" lang={beschrijvingLang}>
            {beschrijving}
          </p>
        </section>
      ) : null}
      <h2 class="utrecht-heading-2">{t('organisaties.detail.gegevens')}</h2>
      <dl class="utrecht-data-list ip-data-list">
        {row.afkorting ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.detail.afkorting')}</dt>
            <dd>{row.afkorting}</dd>
          </div>
        ) : null}
        <div class="ip-data-list__item">
          <dt>{t('organisaties.detail.soort')}</dt>
          <dd>{t(`organisaties.soort.${row.soort}`)}</dd>
        </div>
        {row.bovenliggendeSlug && row.bovenliggendeNaam ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.detail.bovenliggende')}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${row.bovenliggendeSlug}`)}>
                {row.bovenliggendeNaam}
              </a>
            </dd>
          </div>
        ) : null}
        <div class="ip-data-list__item">
          <dt>{t('organisaties.detail.plaatsen')}</dt>
          <dd>{row.steden.join(', ') || '–'}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('organisaties.detail.provincie')}</dt>
          <dd>{row.provincie}</dd>
        </div>
        {row.website ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.detail.website')}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--html-a" href={row.website} rel="noopener">
                {row.website.replace(/^https:\/\//, '')}
              </a>
            </dd>
          </div>
        ) : null}
        {row.oin ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.detail.oin')}</dt>
            <dd>{row.oin}</dd>
          </div>
        ) : null}
        {row.brinCode ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.detail.brinCode')}</dt>
            <dd>{row.brinCode}</dd>
          </div>
        ) : null}
        {row.rioOnderwijsaanbiederCode ? (
          <div class="ip-data-list__item">
            <dt>{t('organisaties.veld.rioOnderwijsaanbiederCode')}</dt>
            <dd>{row.rioOnderwijsaanbiederCode}</dd>
          </div>
        ) : null}
        <div class="ip-data-list__item">
          <dt>{t('organisaties.detail.regio')}</dt>
          <dd>
            <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties?regio=${encodeURIComponent(row.regioCode)}`)}>
              {row.regioNaam}
            </a>
          </dd>
        </div>
      </dl>
      {onderliggende.length > 0 ? (
        <section aria-labelledby="onderliggende">
          <h2 class="utrecht-heading-2" id="onderliggende">
            {t('organisaties.detail.onderliggende')}
          </h2>
          <ul class="utrecht-unordered-list">
            {onderliggende.map((o) => (
              <li>
                <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${o.slug}`)}>
                  {o.naam}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {onderdelen.length > 0 || magBewerken ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${row.slug}/onderdelen`)}>
            {t('organisaties.detail.onderdelen', { count: onderdelen.length })}
          </a>
        </p>
      ) : null}
      {magBewerken ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${row.slug}/bewerken`)}>
            {t('organisaties.detail.bewerken')}
          </a>
        </p>
      ) : null}
      {canLidmaatschap(c.var.actor, 'leden-bekijken', { organisatieId: row.id }) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${row.slug}/leden`)}>
            {t('lidmaatschappen.detail.ledenBeheren')}
          </a>
        </p>
      ) : c.var.actor.kind === 'account' && canLidmaatschap(c.var.actor, 'lid-worden', { organisatieId: row.id }) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={path(`/organisaties/${row.slug}/lid-worden`)}>
            {t('lidmaatschappen.detail.lidWorden')}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph ip-back">
        <a class="utrecht-link utrecht-link--html-a" href={path('/organisaties')}>
          {t('organisaties.detail.terug')}
        </a>
      </p>
    </>,
  );
}
