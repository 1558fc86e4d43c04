import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { renderPage } from '../../../web/render.tsx';
import { bijlageToevoegen } from '../commands/bijlage-toevoegen.ts';
import { bijlageVerwijderen } from '../commands/bijlage-verwijderen.ts';
import { bewerkbareStatussen } from '../lifecycle.ts';
import { mayEdit, maySeeDetails } from '../policy.ts';
import { bijlageInhoud, type VraagstukVolledig } from '../queries.ts';
import { isUuid, laadVraagstukKern } from '../resource.ts';
import { vraagstukLimieten } from '../vraagstuk.schema.ts';
import { BijlagenVeld, prefix } from './formulier.tsx';
import { CsrfField, Melding, pad, titelVan, vraagstukVoor } from './velden.tsx';

/** Attachments: download (details only), add (owners, multipart), remove (owners, after confirming). */

export const grootte = (bytes: number, locale: string) =>
  bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** The list of attachments with remove links, and a form to add more (own form: forms cannot nest). */
export function BijlagenBeheer({ v, kop, fout }: { v: VraagstukVolledig; kop: 'h1' | 'h2'; fout?: string | undefined }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const Kop = kop;
  const vol = v.bijlagen.length >= vraagstukLimieten.bijlagen;
  return (
    <section aria-labelledby="bijlagen-kop">
      <Kop class={kop === 'h1' ? 'utrecht-heading-1' : 'utrecht-heading-2'} id="bijlagen-kop">
        {kop === 'h1' ? t('vraagstukken.bijlagen.beheerTitel', { titel: titelVan(t, locale, v).tekst }) : t('vraagstukken.bijlagen.kop')}
      </Kop>
      {v.bijlagen.length === 0 ? (
        <p class="utrecht-paragraph">{t('vraagstukken.bijlagen.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {v.bijlagen.map((b) => (
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, `/bijlagen/${b.id}`)} download={b.bestandsnaam}>
                {b.bestandsnaam}
              </a>{' '}
              ({grootte(b.grootte, locale)}){' '}
              <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, `/bijlagen/${b.id}/verwijderen`)}>
                {t('vraagstukken.bijlagen.verwijderenLink', { bestand: b.bestandsnaam })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {bewerkbareStatussen.includes(v.status) && !vol ? (
        <form method="post" action={pad(locale, v.id, '/bijlagen')} enctype="multipart/form-data" novalidate>
          <CsrfField />
          <BijlagenVeld error={fout} kwijt={false} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t('vraagstukken.bijlagen.toevoegen')}
          </button>
        </form>
      ) : vol ? (
        <p class="utrecht-paragraph">{t('vraagstukken.bijlagen.vol', { max: vraagstukLimieten.bijlagen })}</p>
      ) : null}
    </section>
  );
}

/** RFC 6266/8187: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(naam: string): string {
  const ascii = naam.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'bijlage';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(naam).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** GET /vraagstukken/:id/bijlagen/:bijlageId: always as a download, with the stored (checked) type. */
export async function bijlageDownload(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const bijlageId = c.req.param('bijlageId') ?? '';
  if (!isUuid(id) || !isUuid(bijlageId)) throw new NotFoundError();
  const { db } = c.var.deps.database;
  const kern = await laadVraagstukKern(db, id);
  if (!kern || !maySeeDetails(c.var.actor, kern)) throw new NotFoundError();
  const b = await bijlageInhoud(db, id, bijlageId);
  if (!b) throw new NotFoundError();
  return c.body(b.inhoud as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': b.mediatype,
    'Content-Disposition': contentDisposition(b.bestandsnaam),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
}

async function eigenVraagstuk(c: Context<AppEnv>) {
  const { v, resource } = await vraagstukVoor(c);
  if (!mayEdit(c.var.actor, resource)) throw new ForbiddenError();
  return v;
}

const statusVoor: Record<string, ContentfulStatusCode> = { type: 415, 'te-groot': 413, 'te-veel': 409, 'niet-bewerkbaar': 409, leeg: 400 };

/** POST /vraagstukken/:id/bijlagen (multipart): each file checked by content; the first refusal stops. */
export async function bijlagenPost(c: Context<AppEnv>) {
  const v = await eigenVraagstuk(c);
  const { t } = c.var;
  const body = await c.req.parseBody({ all: true });
  const ruw = body.bijlagen;
  const files = (Array.isArray(ruw) ? ruw : ruw === undefined ? [] : [ruw]).filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return renderBeheer(c, v, t('vraagstukken.fouten.bijlage.leeg'), 400);
  let toegevoegd = 0;
  for (const f of files) {
    const result = await bijlageToevoegen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { vraagstukId: v.id, bestandsnaam: f.name, inhoud: new Uint8Array(await f.arrayBuffer()) });
    if (!result.ok) {
      const fout = t(`vraagstukken.fouten.bijlage.${result.reden}`, { bestand: f.name.slice(0, 150), max: vraagstukLimieten.bijlagen, mb: vraagstukLimieten.bijlageBytes / 1024 / 1024 });
      const deels = toegevoegd > 0 ? ` ${t('vraagstukken.bijlagen.deelsToegevoegd', { count: toegevoegd })}` : '';
      const bijgewerkt = toegevoegd > 0 ? (await vraagstukVoor(c)).v : v;
      return renderBeheer(c, bijgewerkt, fout + deels, statusVoor[result.reden] ?? 400);
    }
    toegevoegd++;
  }
  flash(c, 'vraagstukken.flash.bijlagenToegevoegd');
  return c.redirect(pad(c.var.locale, v.id, bewerkbareStatussen.includes(v.status) ? '/bewerken' : ''), 303);
}

function renderBeheer(c: Context<AppEnv>, v: VraagstukVolledig, fout: string, status: ContentfulStatusCode) {
  const { t, locale } = c.var;
  const titel = titelVan(t, locale, v).tekst;
  return renderPage(
    c,
    { title: t('vraagstukken.bijlagen.beheerTitel', { titel }), breadcrumbs: [{ label: titel, path: `/vraagstukken/${v.id}` }, { label: t('vraagstukken.bijlagen.kop') }] },
    <>
      <ErrorSummary errors={[{ field: `${prefix}bijlagen`, message: fout }]} />
      <BijlagenBeheer v={v} kop="h1" fout={fout} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id)}>
          {t('vraagstukken.terugNaarVraagstuk')}
        </a>
      </p>
    </>,
    status,
  );
}

async function bijlageVoor(c: Context<AppEnv>) {
  const bijlageId = c.req.param('bijlageId') ?? '';
  if (!isUuid(bijlageId)) throw new NotFoundError();
  const v = await eigenVraagstuk(c);
  const b = v.bijlagen.find((x) => x.id === bijlageId);
  if (!b) throw new NotFoundError();
  return { v, b };
}

/** GET /vraagstukken/:id/bijlagen/:bijlageId/verwijderen: asks first. */
export async function bijlageVerwijderenPage(c: Context<AppEnv>) {
  const { v, b } = await bijlageVoor(c);
  return renderVerwijderen(c, v, b, false, 200);
}

/** POST: only with bevestig=ja; otherwise the question again and nothing removed. */
export async function bijlageVerwijderenPost(c: Context<AppEnv>) {
  const { v, b } = await bijlageVoor(c);
  const body = await c.req.parseBody();
  if (body.bevestig !== 'ja') return renderVerwijderen(c, v, b, true, 400);
  await bijlageVerwijderen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { vraagstukId: v.id, bijlageId: b.id });
  flash(c, 'vraagstukken.flash.bijlageVerwijderd');
  return c.redirect(pad(c.var.locale, v.id, bewerkbareStatussen.includes(v.status) ? '/bewerken' : ''), 303);
}

function renderVerwijderen(c: Context<AppEnv>, v: VraagstukVolledig, b: { id: string; bestandsnaam: string }, onbevestigd: boolean, status: ContentfulStatusCode) {
  const { t, locale } = c.var;
  const titel = titelVan(t, locale, v).tekst;
  const title = t('vraagstukken.bijlagen.verwijderenTitel', { bestand: b.bestandsnaam });
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: titel, path: `/vraagstukken/${v.id}` }, { label: t('vraagstukken.bijlagen.kop') }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {onbevestigd ? (
        <Melding>
          <p class="utrecht-paragraph">{t('vraagstukken.bevestigNodig')}</p>
        </Melding>
      ) : null}
      <form method="post" action={pad(locale, v.id, `/bijlagen/${b.id}/verwijderen`)}>
        <CsrfField />
        <input type="hidden" name="bevestig" value="ja" />
        <p class="utrecht-paragraph">{t('vraagstukken.bijlagen.verwijderenVraag', { bestand: b.bestandsnaam, titel })}</p>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action ip-button--warning">
            {t('vraagstukken.bijlagen.verwijderenKnop')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, '/bewerken')}>
            {t('vraagstukken.annuleren')}
          </a>
        </div>
      </form>
    </>,
    status,
  );
}
