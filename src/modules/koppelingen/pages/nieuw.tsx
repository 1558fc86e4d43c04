import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { RadioGroup, TextAreaField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { kandidaatSoorten, opgeslagenSuggestie, type KandidaatSoort, type Suggestie } from '../../matching/index.ts';
import { isUuid, laadVraagstukKern, type VraagstukKern } from '../../vraagstukken/index.ts';
import { koppelingVoorstellen, levendeKoppeling } from '../commands/koppeling-voorstellen.ts';
import { kandidaatLaden, type KandidaatVoorVoorstel } from '../kandidaat.ts';
import { koppelingLimieten, koppelingVoorstelSchema } from '../koppeling.schema.ts';
import { isVraagzijde, voorstelRol, voorstelWeigering, type VoorstelRol } from '../policy.ts';
import { commandContext, Gegeven, KandidaatVerwijzing, Melding, pad, Titel, titelTekst, Verwijzing } from './components.tsx';
import { Uitleg } from './uitleg.tsx';

const prefix = 'koppeling-';
const keuzes = ['introduceren', 'voorstellen'] as const;

type Voorstel = { kern: VraagstukKern; kandidaat: KandidaatVoorVoorstel; rol: VoorstelRol; suggestie: Suggestie | undefined };
type Waarden = { toelichting: string; keuze: string };
type State = { waarden: Waarden; fieldErrors: Record<string, string> };
type Weigering = { reden: 'niet-open' } | { reden: 'bestaat-al'; bestaandeId: string };

/**
 * The vraagstuk and candidate named by the query (GET) or the form (POST), if this actor may propose
 * them: a vraagstuk they may not see, an unknown candidate or one that cannot be suggested does not
 * exist for them (404); someone who is neither the verbinder nor one of the two sides is refused (403).
 */
async function laadVoorstel(c: Context<AppEnv>, ids: { vraagstuk?: string | undefined; soort?: string | undefined; kandidaat?: string | undefined }): Promise<Voorstel> {
  const { vraagstuk, soort, kandidaat } = ids;
  if (!vraagstuk || !kandidaat || !isUuid(vraagstuk) || !isUuid(kandidaat) || !kandidaatSoorten.includes(soort as KandidaatSoort)) throw new NotFoundError();
  const db = c.var.deps.database.db;
  const [kern, k] = await Promise.all([laadVraagstukKern(db, vraagstuk), kandidaatLaden(db, soort as KandidaatSoort, kandidaat)]);
  if (!kern || !k || !k.voorstelbaar) throw new NotFoundError();
  const weigering = voorstelWeigering(c.var.actor, kern, k.zijde);
  if (weigering === 'onzichtbaar') throw new NotFoundError();
  if (weigering === 'geen-partij') throw new ForbiddenError();
  const suggestie = await opgeslagenSuggestie(db, kern.id, soort as KandidaatSoort, kandidaat);
  return { kern, kandidaat: k, rol: voorstelRol(c.var.actor, kern, k.zijde)!, suggestie };
}

/** Why it cannot be proposed now (the vraagstuk is closed, or this pair already has a live koppeling). */
async function weigeringVoor(c: Context<AppEnv>, v: Voorstel): Promise<Weigering | undefined> {
  if (voorstelWeigering(c.var.actor, v.kern, v.kandidaat.zijde) === 'niet-open') return { reden: 'niet-open' };
  const bestaand = await levendeKoppeling(c.var.deps.database.db, v.kern.id, v.kandidaat.kandidaat.soort, v.kandidaat.kandidaat.id);
  return bestaand ? { reden: 'bestaat-al', bestaandeId: bestaand.id } : undefined;
}

/** GET /koppelingen/nieuw?vraagstuk=&soort=&kandidaat= */
export async function nieuwPage(c: Context<AppEnv>) {
  const v = await laadVoorstel(c, c.req.query());
  const weigering = await weigeringVoor(c, v);
  if (weigering) return renderWeigering(c, v, weigering);
  return renderForm(c, v, { waarden: { toelichting: '', keuze: 'introduceren' }, fieldErrors: {} });
}

/** POST /koppelingen/nieuw (the ids travel in hidden fields). */
export async function nieuwPost(c: Context<AppEnv>) {
  const values = await readForm(c);
  const v = await laadVoorstel(c, { vraagstuk: values.vraagstukId, soort: values.kandidaatSoort, kandidaat: values.kandidaatId });
  const waarden: Waarden = { toelichting: values.toelichting ?? '', keuze: values.keuze ?? '' };
  const weigering = await weigeringVoor(c, v);
  if (weigering) return renderWeigering(c, v, weigering, 409);
  const form = validateForm(c, koppelingVoorstelSchema, { vraagstukId: v.kern.id, kandidaatSoort: v.kandidaat.kandidaat.soort, kandidaatId: v.kandidaat.kandidaat.id, toelichting: waarden.toelichting }, prefix);
  const fieldErrors = form.ok ? {} : { ...form.fieldErrors };
  if (v.rol === 'verbinder' && !keuzes.includes(waarden.keuze as (typeof keuzes)[number])) fieldErrors.keuze = c.var.t('koppelingen.fouten.keuze');
  if (!form.ok || Object.keys(fieldErrors).length > 0) return renderForm(c, v, { waarden, fieldErrors }, 400);
  const result = await koppelingVoorstellen(c.var.deps.database.db, commandContext(c), { ...form.data, direct: waarden.keuze === 'introduceren' });
  if (result.ok) {
    flash(c, `koppelingen.flash.${result.status}`);
    return c.redirect(pad(c, `/koppelingen/${result.id}`), 303);
  }
  if (result.reden === 'ongeldig') {
    return renderForm(c, v, { waarden, fieldErrors: Object.fromEntries(result.fouten.map((f) => [f.veld, c.var.t(f.key)])) }, 400);
  }
  // Something changed between the check above and the command (the vraagstuk closed, a second tab).
  return renderWeigering(c, v, result, 409);
}

function kruimels(c: Context<AppEnv>, kern: VraagstukKern, title: string) {
  const { t } = c.var;
  return [
    { label: t('koppelingen.crumbs.vraagstukken'), path: '/vraagstukken' },
    { label: titelTekst(c, kern.titelNl, kern.titelEn), path: `/vraagstukken/${kern.id}` },
    { label: title },
  ];
}

/** The two parties, as the form and the refusal show them. */
function Partijen({ v }: { v: Voorstel }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <dl class="utrecht-data-list ip-data-list">
      <Gegeven label={t('koppelingen.veld.vraagstuk')}>
        <Verwijzing href={`/vraagstukken/${v.kern.id}`}>
          <Titel nl={v.kern.titelNl} en={v.kern.titelEn} />
        </Verwijzing>
      </Gegeven>
      <Gegeven label={t('koppelingen.veld.kandidaat')}>
        <KandidaatVerwijzing kandidaat={v.kandidaat.kandidaat} />
      </Gegeven>
    </dl>
  );
}

function renderWeigering(c: Context<AppEnv>, v: Voorstel, weigering: Weigering, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const title = t('koppelingen.nieuw.titel');
  return renderPage(
    c,
    { title, breadcrumbs: kruimels(c, v.kern, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Partijen v={v} />
      <Melding soort={status === 200 ? 'info' : 'error'}>
        <p class="utrecht-paragraph">{t(`koppelingen.nieuw.weigering.${weigering.reden}`)}</p>
      </Melding>
      <ul class="utrecht-unordered-list ip-link-list">
        {weigering.reden === 'bestaat-al' ? (
          <li>
            <Verwijzing href={`/koppelingen/${weigering.bestaandeId}`}>{t('koppelingen.nieuw.bekijkBestaande')}</Verwijzing>
          </li>
        ) : null}
        <li>
          <Verwijzing href={`/vraagstukken/${v.kern.id}`}>{t('koppelingen.terugNaarVraagstuk')}</Verwijzing>
        </li>
      </ul>
    </>,
    status,
  );
}

function renderForm(c: Context<AppEnv>, v: Voorstel, state: State, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const title = t('koppelingen.nieuw.titel');
  const w = state.waarden;
  const e = state.fieldErrors;
  const summary = toSummary(e, prefix).map((x) => (x.field === `${prefix}keuze` ? { ...x, field: `${prefix}keuze-0` } : x));
  const k = v.kandidaat.kandidaat;
  return renderPage(
    c,
    { title, breadcrumbs: kruimels(c, v.kern, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Partijen v={v} />
      <p class="utrecht-paragraph">{t(`koppelingen.nieuw.uitleg.${v.rol}`)}</p>
      <Uitleg score={v.suggestie?.score ?? null} signalen={v.suggestie?.signalen ?? null} volledig={v.rol === 'verbinder' || isVraagzijde(c.var.actor, v.kern)} />
      <h2 class="utrecht-heading-2">{t('koppelingen.nieuw.formKop')}</h2>
      <ErrorSummary errors={summary} />
      <PostForm action="/koppelingen/nieuw">
        <input type="hidden" name="vraagstukId" value={v.kern.id} />
        <input type="hidden" name="kandidaatSoort" value={k.soort} />
        <input type="hidden" name="kandidaatId" value={k.id} />
        {v.rol === 'verbinder' ? (
          <RadioGroup
            id={`${prefix}keuze`}
            name="keuze"
            legend={t('koppelingen.nieuw.keuze')}
            options={keuzes.map((keuze) => ({ value: keuze, label: t(`koppelingen.nieuw.keuzes.${keuze}`), hint: t(`koppelingen.nieuw.keuzeUitleg.${keuze}`) }))}
            checked={w.keuze}
            error={e.keuze}
          />
        ) : null}
        <TextAreaField
          id={`${prefix}toelichting`}
          name="toelichting"
          label={t('koppelingen.veld.toelichting')}
          hint={t(v.rol === 'verbinder' ? 'koppelingen.nieuw.toelichtingHintVerbinder' : 'koppelingen.nieuw.toelichtingHint', { max: String(koppelingLimieten.toelichting) })}
          value={w.toelichting}
          error={e.toelichting}
          maxlength={koppelingLimieten.toelichting}
          rows={6}
        />
        <div class="utrecht-button-group">
          <SubmitButton label={t(v.rol === 'verbinder' ? 'koppelingen.nieuw.versturenVerbinder' : 'koppelingen.nieuw.versturen')} />
          <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${v.kern.id}`)}>
            {t('koppelingen.annuleren')}
          </a>
        </div>
      </PostForm>
    </>,
    status,
  );
}
