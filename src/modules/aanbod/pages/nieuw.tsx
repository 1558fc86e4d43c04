import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { aanbodInvoerSchema } from '../aanbod.schema.ts';
import { aanbodAanmaken } from '../commands/aanbod-aanmaken.ts';
import { vanInstelling } from '../policy.ts';
import { formKeuzes } from '../queries.ts';
import { aanbodSoorten } from '../schema.ts';
import { onderwijsinstellingen } from '../commands/aanbod-regels.ts';
import { RadioGroup } from '../../../web/components/form-fields.tsx';
import { isSoort, leesFormulier, leeg, naarInvoer, prefix, uitVeldFouten, veldFouten } from './form-waarden.ts';
import { renderFormulier } from './formulier.tsx';
import { aanbodPath, commandContext } from './shared.tsx';
import { isAccount } from '../../../platform/actor.ts';

/**
 * GET /aanbod/nieuw: first the kind (a GET form, ?soort=), then the form for that kind. A person
 * with exactly one organisatie that fits gets it chosen already.
 */
export async function nieuwPage(c: Context<AppEnv>) {
  const soort = c.req.query('soort') ?? '';
  if (!isSoort(soort)) return renderSoortKeuze(c, soort === '' ? undefined : c.var.t('aanbod.fouten.soort'), soort === '' ? 200 : 400);
  const { actor } = c.var;
  const waarden = leeg(soort);
  if (isAccount(actor)) {
    const { organisaties } = await formKeuzes(c.var.deps.database.db, actor.accountId);
    const passend = organisaties.filter((o) => !vanInstelling(soort) || (onderwijsinstellingen as readonly string[]).includes(o.soort));
    if (vanInstelling(soort) && passend.length === 1) waarden.organisatieId = passend[0]!.id;
  }
  return renderFormulier(c, soort, undefined, { waarden, fieldErrors: {} });
}

/** POST /aanbod/nieuw: saves as a concept, or publishes at once (actie=publiceren). */
export async function nieuwPost(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const waarden = await leesFormulier(c);
  if (!isSoort(waarden.soort)) return renderSoortKeuze(c, t('aanbod.fouten.soort'), 400);
  const soort = waarden.soort;
  const { invoer, rijVan } = naarInvoer(waarden, soort);
  const parsed = aanbodInvoerSchema.safeParse(invoer);
  if (!parsed.success) {
    return renderFormulier(c, soort, undefined, { waarden, fieldErrors: veldFouten(t, locale, parsed.error.issues, rijVan) }, 400);
  }
  const result = await aanbodAanmaken(c.var.deps.database.db, commandContext(c), { invoer: parsed.data, publiceren: waarden.actie === 'publiceren' });
  if (!result.ok) return renderFormulier(c, soort, undefined, { waarden, fieldErrors: veldFouten(t, locale, uitVeldFouten(result.fouten), rijVan) }, 409);
  flash(c, waarden.actie === 'publiceren' ? 'aanbod.flash.gepubliceerd' : 'aanbod.flash.conceptOpgeslagen');
  return c.redirect(aanbodPath(locale, result.id), 303);
}

function renderSoortKeuze(c: Context<AppEnv>, fout: string | undefined, status: ContentfulStatusCode) {
  const { t, locale } = c.var;
  const title = t('aanbod.nieuw.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('aanbod.mijn.titel'), path: '/account/aanbod' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('aanbod.nieuw.intro')}</p>
      <ErrorSummary errors={fout ? [{ field: `${prefix}soort`, message: fout }] : []} />
      <form method="get" action={localizedPath(locale, '/aanbod/nieuw')} class="ip-form" novalidate>
        <RadioGroup
          id={`${prefix}soort`}
          name="soort"
          legend={t('aanbod.nieuw.kiesSoort')}
          checked=""
          error={fout}
          options={aanbodSoorten.map((s) => ({ value: s, label: t(`marktplaats.aanbodSoort.${s}`), hint: t(`aanbod.soortUitleg.${s}`) }))}
        />
        <div class="utrecht-button-group">
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('aanbod.nieuw.verder')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/aanbod')}>
            {t('aanbod.annuleren')}
          </a>
        </div>
      </form>
    </>,
    status,
  );
}
