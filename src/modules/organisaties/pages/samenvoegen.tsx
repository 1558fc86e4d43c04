import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { RadioGroup, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { safeText } from '../../../platform/zod-helpers.ts';
import { samenvoegen, samenvoegenOverzicht } from '../commands/samenvoegen.ts';
import { organisatieFilterSchema } from '../organisatie.schema.ts';
import { getOrganisatieById, listOrganisaties, type OrganisatieRow } from '../queries.ts';
import { CsrfField } from './components.tsx';

/**
 * /beheer/organisaties/samenvoegen: a beheerder picks a duplicate and the organisatie to keep
 * (search by name, no JavaScript: a GET form with radio buttons), confirms on a page that lists
 * what moves, and posts. Both steps are GET until the final POST.
 */
const keuzeSchema = z.object({
  duplicaatZoek: safeText(200).optional().catch(undefined),
  behoudenZoek: safeText(200).optional().catch(undefined),
  duplicaat: z.uuid().optional().catch(undefined),
  behouden: z.uuid().optional().catch(undefined),
  stap: z.enum(['zoeken', 'bevestigen']).optional().catch(undefined),
});
const postSchema = z.object({ duplicaat: z.uuid(), behouden: z.uuid() });

const pad = (c: Context<AppEnv>) => localizedPath(c.var.locale, '/beheer/organisaties/samenvoegen');

async function zoek(c: Context<AppEnv>, term: string | undefined): Promise<OrganisatieRow[]> {
  if (!term) return [];
  const filter = organisatieFilterSchema.parse({ zoek: term, pageSize: 10 });
  return (await listOrganisaties(c.var.deps.database.db, filter)).items;
}

async function gekozen(c: Context<AppEnv>, id: string | undefined) {
  const row = id ? await getOrganisatieById(c.var.deps.database.db, id) : undefined;
  return row && !row.samengevoegdIn ? row : undefined;
}

/** A choice of one organisatie, by name and place. */
function Keuze(props: { name: string; legend: string; rows: OrganisatieRow[]; selected: string | undefined; error?: string | undefined }) {
  return (
    <RadioGroup
      id={`samenvoegen-${props.name}`}
      name={props.name}
      legend={props.legend}
      options={props.rows.map((r) => ({ value: r.id, label: `${r.naam} (${r.steden.join(', ') || r.provincie})` }))}
      checked={props.selected}
      error={props.error}
    />
  );
}

/** GET /beheer/organisaties/samenvoegen */
export async function samenvoegenPage(c: Context<AppEnv>) {
  const { t } = c.var;
  const q = keuzeSchema.parse(c.req.query());
  const [duplicaat, behouden] = await Promise.all([gekozen(c, q.duplicaat), gekozen(c, q.behouden)]);
  const errors: FieldError[] = [];
  if (q.stap === 'bevestigen') {
    if (!duplicaat) errors.push({ field: 'samenvoegen-duplicaatZoek', message: t('organisaties.samenvoegen.kiesDuplicaat') });
    if (!behouden) errors.push({ field: 'samenvoegen-behoudenZoek', message: t('organisaties.samenvoegen.kiesBehouden') });
    if (duplicaat && behouden && duplicaat.id === behouden.id) errors.push({ field: 'samenvoegen-behoudenZoek', message: t('organisaties.samenvoegen.zelfde') });
    if (errors.length === 0 && duplicaat && behouden) return bevestigen(c, duplicaat, behouden);
  }
  const [duplicaten, behoudenen] = await Promise.all([zoek(c, q.duplicaatZoek), zoek(c, q.behoudenZoek)]);
  // Keep a choice visible even when a new search no longer lists it.
  const withChoice = (rows: OrganisatieRow[], chosen: OrganisatieRow | undefined) => (chosen && !rows.some((r) => r.id === chosen.id) ? [chosen, ...rows] : rows);
  const title = t('organisaties.samenvoegen.title');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('organisaties.list.title'), path: '/organisaties' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('organisaties.samenvoegen.uitleg')}</p>
      <ErrorSummary errors={errors} />
      <form method="get" action={pad(c)}>
        <TextField id="samenvoegen-duplicaatZoek" name="duplicaatZoek" type="search" label={t('organisaties.samenvoegen.zoekDuplicaat')} value={q.duplicaatZoek ?? ''} maxlength={200} />
        {withChoice(duplicaten, duplicaat).length > 0 ? (
          <Keuze name="duplicaat" legend={t('organisaties.samenvoegen.duplicaat')} rows={withChoice(duplicaten, duplicaat)} selected={duplicaat?.id} />
        ) : null}
        <TextField id="samenvoegen-behoudenZoek" name="behoudenZoek" type="search" label={t('organisaties.samenvoegen.zoekBehouden')} value={q.behoudenZoek ?? ''} maxlength={200} />
        {withChoice(behoudenen, behouden).length > 0 ? (
          <Keuze name="behouden" legend={t('organisaties.samenvoegen.behouden')} rows={withChoice(behoudenen, behouden)} selected={behouden?.id} />
        ) : null}
        <div class="utrecht-button-group">
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" name="stap" value="zoeken">
            {t('organisaties.samenvoegen.zoeken')}
          </button>
          <button class="utrecht-button utrecht-button--primary-action" type="submit" name="stap" value="bevestigen">
            {t('organisaties.samenvoegen.verder')}
          </button>
        </div>
      </form>
    </>,
    errors.length > 0 ? 400 : 200,
  );
}

async function bevestigen(c: Context<AppEnv>, duplicaat: OrganisatieRow, behouden: OrganisatieRow, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const o = await samenvoegenOverzicht(c.var.deps.database.db, duplicaat.id, behouden.id);
  const title = t('organisaties.samenvoegen.bevestigTitle');
  const regels = (['leden', 'dubbeleLeden', 'onderdelen', 'domeinen', 'uitnodigingen', 'verzoeken', 'affiliaties', 'onderliggende'] as const).map((k) =>
    t(`organisaties.samenvoegen.telling.${k}`, { count: o[k] }),
  );
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('organisaties.samenvoegen.title'), path: '/beheer/organisaties/samenvoegen' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('organisaties.samenvoegen.vraag', { duplicaat: duplicaat.naam, behouden: behouden.naam })}</p>
      <ul class="utrecht-unordered-list">
        {regels.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      <p class="utrecht-paragraph">{t('organisaties.samenvoegen.gevolg', { duplicaat: duplicaat.naam })}</p>
      <form method="post" action={pad(c)}>
        <CsrfField />
        <input type="hidden" name="duplicaat" value={duplicaat.id} />
        <input type="hidden" name="behouden" value={behouden.id} />
        <div class="utrecht-button-group">
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('organisaties.samenvoegen.bevestig')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={pad(c)}>
            {t('organisaties.annuleren')}
          </a>
        </div>
      </form>
    </>,
    status,
  );
}

/** POST /beheer/organisaties/samenvoegen */
export async function samenvoegenPost(c: Context<AppEnv>) {
  const parsed = postSchema.safeParse(await readForm(c));
  if (!parsed.success) return renderPage(c, { title: c.var.t('organisaties.samenvoegen.title') }, <ErrorSummary errors={[{ field: 'inhoud', message: c.var.t('organisaties.samenvoegen.ongeldig') }]} />, 400);
  const [duplicaat, behouden] = await Promise.all([gekozen(c, parsed.data.duplicaat), gekozen(c, parsed.data.behouden)]);
  if (!duplicaat || !behouden || duplicaat.id === behouden.id) {
    return renderPage(c, { title: c.var.t('organisaties.samenvoegen.title') }, <ErrorSummary errors={[{ field: 'inhoud', message: c.var.t('organisaties.samenvoegen.ongeldig') }]} />, 400);
  }
  await samenvoegen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { duplicaatId: duplicaat.id, behoudenId: behouden.id });
  flash(c, 'organisaties.flash.samengevoegd');
  return c.redirect(localizedPath(c.var.locale, `/organisaties/${behouden.slug}`), 303);
}
