import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { NotFoundError } from '../../../platform/errors.ts';
import { leesLogo, logoWijzigen } from '../commands/logo-wijzigen.ts';
import { checkLogo, logoMaxBytes } from '../logo.ts';
import { listDomeinen, type OrganisatieRow } from '../queries.ts';
import { renderBewerken, valuesOf } from './bewerken.tsx';
import { Confirm, CsrfField, organisatieVoor, slugPattern } from './components.tsx';

/** The logo part of the edit page: the current logo, an upload form, and a link to remove it. */
export function LogoSection({ row, error }: { row: OrganisatieRow; error?: string | undefined }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const base = localizedPath(locale, `/organisaties/${row.slug}/logo`);
  return (
    <section aria-labelledby="logo-kop">
      <h2 class="utrecht-heading-2" id="logo-kop">
        {t('organisaties.logo.kop')}
      </h2>
      {row.logoType ? (
        <p class="utrecht-paragraph">
          <img class="ip-logo" src={`/organisaties/${row.slug}/logo?v=${row.versie}`} alt={t('organisaties.logo.alt', { organisatie: row.naam })} height={80} />
        </p>
      ) : (
        <p class="utrecht-paragraph">{t('organisaties.logo.geen')}</p>
      )}
      <form method="post" action={base} enctype="multipart/form-data">
        <CsrfField />
        <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="logo-bestand">
            {t('organisaties.logo.bestand')}
          </label>
          <p class="utrecht-form-field-description" id="logo-bestand-hint">
            {t('organisaties.logo.hint', { kb: Math.round(logoMaxBytes / 1024) })}
          </p>
          {error ? (
            <p class="utrecht-form-field-error-message" id="logo-bestand-fout">
              {error}
            </p>
          ) : null}
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="file"
            id="logo-bestand"
            name="logo"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'logo-bestand-hint logo-bestand-fout' : 'logo-bestand-hint'}
          />
        </div>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {t('organisaties.logo.opslaan')}
        </button>
      </form>
      {row.logoType ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={`${base}/verwijderen`}>
            {t('organisaties.logo.verwijderen')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

const statusFor: Record<string, ContentfulStatusCode> = { 'te-groot': 413, soort: 415, leeg: 400, afmetingen: 400 };

/** POST /organisaties/:slug/logo (multipart): checked by content, never by name or declared type. */
export async function logoPost(c: Context<AppEnv>) {
  const row = await organisatieVoor(c, 'logo');
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const body = await c.req.parseBody();
  const file = body.logo;
  const refuse = async (reden: string) =>
    renderBewerken(c, row, { values: valuesOf(row, await listDomeinen(db, row.id)), fieldErrors: {}, logoError: t(`organisaties.logo.fout.${reden}`, { kb: Math.round(logoMaxBytes / 1024) }) }, statusFor[reden] ?? 400);
  if (!(file instanceof File) || file.size === 0) return refuse('leeg');
  if (file.size > logoMaxBytes) return refuse('te-groot');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(bytes);
  if (!check.ok) return refuse(check.reden);
  await logoWijzigen(db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: row.id, logo: { bytes, type: check.type } });
  flash(c, 'organisaties.flash.logoOpgeslagen');
  return c.redirect(localizedPath(locale, `/organisaties/${row.slug}/bewerken`), 303);
}

/** GET /organisaties/:slug/logo: public, with the stored type; cached, revalidated by ETag. */
export async function logoGet(c: Context<AppEnv>) {
  const slug = c.req.param('slug') ?? '';
  const logo = slugPattern.test(slug) ? await leesLogo(c.var.deps.database.db, slug) : undefined;
  if (!logo) throw new NotFoundError();
  const headers = {
    ETag: logo.etag,
    'Cache-Control': 'public, max-age=3600',
    // Should a browser ever open it as a document, it may run nothing.
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
  const none = c.req.header('if-none-match');
  if (none && none.split(',').some((v) => v.trim().replace(/^W\//, '') === logo.etag)) return c.body(null, 304, headers);
  return c.body(logo.bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': logo.type });
}

/** GET /organisaties/:slug/logo/verwijderen: asks first. */
export async function logoVerwijderenPage(c: Context<AppEnv>) {
  const row = await organisatieVoor(c, 'logo');
  const { t, locale } = c.var;
  if (!row.logoType) throw new NotFoundError();
  const title = t('organisaties.logo.verwijderenTitle');
  const edit = localizedPath(locale, `/organisaties/${row.slug}/bewerken`);
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('organisaties.list.title'), path: '/organisaties' },
        { label: row.naam, path: `/organisaties/${row.slug}` },
        { label: t('organisaties.bewerken.crumb'), path: `/organisaties/${row.slug}/bewerken` },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Confirm
        action={localizedPath(locale, `/organisaties/${row.slug}/logo/verwijderen`)}
        question={<p class="utrecht-paragraph">{t('organisaties.logo.verwijderenVraag', { organisatie: row.naam })}</p>}
        confirmLabel={t('organisaties.logo.verwijderenBevestig')}
        cancelHref={edit}
        cancelLabel={t('organisaties.annuleren')}
      />
    </>,
  );
}

/** POST /organisaties/:slug/logo/verwijderen */
export async function logoVerwijderenPost(c: Context<AppEnv>) {
  const row = await organisatieVoor(c, 'logo');
  if (row.logoType) {
    await logoWijzigen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: row.id, logo: null });
  }
  flash(c, 'organisaties.flash.logoVerwijderd');
  return c.redirect(localizedPath(c.var.locale, `/organisaties/${row.slug}/bewerken`), 303);
}
