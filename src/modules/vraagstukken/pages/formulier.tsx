import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import type { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { diepgangen, onderwijsniveaus } from '../../taxonomie/schema.ts';
import type { keuzesVoor, OrganisatieKeuze } from '../queries.ts';
import { vertrouwelijkheden } from '../schema.ts';
import { vraagstukInvoerSchema, vraagstukLimieten, type VraagstukInvoer } from '../vraagstuk.schema.ts';
import type { Vormenwijzer } from '../vormenwijzer.ts';
import { CsrfField } from './velden.tsx';

/**
 * The vraagstuk form, for posting and editing: every field of vraagstukInvoerSchema, Dutch and
 * English content in two fieldsets, themes, levels and forms as checkbox groups, confidentiality as
 * radios with their explanation, and the vormenwijzer: a submit button that only re-renders the
 * form with suggested forms (nothing saved). New vraagstukken take attachments in the same post.
 */
export const prefix = 'vs-';
const lijsten = ['themaCodes', 'vormCodes', 'niveaus', 'contactpersoonIds'] as const;
const velden = [
  'versie',
  'organisatieId',
  'onderdeelId',
  'titelNl',
  'contextNl',
  'vraagNl',
  'resultaatNl',
  'titelEn',
  'contextEn',
  'vraagEn',
  'resultaatEn',
  'regioCode',
  'landelijk',
  'vroegsteStart',
  'deadline',
  'duurWeken',
  'diepgang',
  'aantalStudenten',
  'aantalTeams',
  'vertrouwelijkheid',
] as const;

export type Waarden = Record<(typeof velden)[number], string> & Record<(typeof lijsten)[number], string[]>;
export type Bestand = { bestandsnaam: string; inhoud: Uint8Array };

export function legeWaarden(o: Partial<Waarden> = {}): Waarden {
  const w = Object.fromEntries(velden.map((v) => [v, ''])) as Record<(typeof velden)[number], string>;
  return { ...w, vertrouwelijkheid: 'openbaar', themaCodes: [], vormCodes: [], niveaus: [], contactpersoonIds: [], ...o };
}

/** The posted form (urlencoded or multipart): fields as strings, checkbox groups as lists, files apart. */
export async function leesFormulier(c: Context<AppEnv>): Promise<{ waarden: Waarden; actie: string; bestanden: Bestand[] }> {
  const body = await c.req.parseBody({ all: true });
  const één = (k: string) => {
    const v = body[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first : '';
  };
  const veel = (k: string) => {
    const v = body[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  const w = legeWaarden();
  for (const v of velden) w[v] = één(v);
  for (const l of lijsten) w[l] = veel(l);
  const ruw = body.bijlagen;
  const files = (Array.isArray(ruw) ? ruw : ruw === undefined ? [] : [ruw]).filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));
  const bestanden = await Promise.all(files.map(async (f) => ({ bestandsnaam: f.name, inhoud: new Uint8Array(await f.arrayBuffer()) })));
  return { waarden: w, actie: één('actie'), bestanden };
}

/** The values as the schema's input: lists stay lists, the landelijk box is a boolean. */
export function valideer(c: Context<AppEnv>, w: Waarden) {
  const invoer = { ...w, landelijk: w.landelijk === 'ja' };
  return validateForm(c, vraagstukInvoerSchema, invoer as unknown as FormValues, prefix);
}

export function waardenVan(v: VraagstukInvoer & { versie: number }): Waarden {
  const s = (x: string | number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  return legeWaarden({
    versie: String(v.versie),
    organisatieId: v.organisatieId,
    onderdeelId: s(v.onderdeelId),
    titelNl: s(v.titelNl),
    contextNl: s(v.contextNl),
    vraagNl: s(v.vraagNl),
    resultaatNl: s(v.resultaatNl),
    titelEn: s(v.titelEn),
    contextEn: s(v.contextEn),
    vraagEn: s(v.vraagEn),
    resultaatEn: s(v.resultaatEn),
    regioCode: v.regioCode,
    landelijk: v.landelijk ? 'ja' : '',
    vroegsteStart: s(v.vroegsteStart),
    deadline: s(v.deadline),
    duurWeken: s(v.duurWeken),
    diepgang: s(v.diepgang),
    aantalStudenten: s(v.aantalStudenten),
    aantalTeams: s(v.aantalTeams),
    vertrouwelijkheid: v.vertrouwelijkheid,
    themaCodes: [...v.themaCodes],
    vormCodes: [...v.vormCodes],
    niveaus: [...v.niveaus],
    contactpersoonIds: [...v.contactpersoonIds],
  });
}

export type Keuzes = {
  organisaties: OrganisatieKeuze[];
  onderdelen: Awaited<ReturnType<typeof keuzesVoor>>['onderdelen'];
  leden: Awaited<ReturnType<typeof keuzesVoor>>['leden'];
  themas: Awaited<ReturnType<typeof listThemas>>;
  vormen: Awaited<ReturnType<typeof listSamenwerkingsvormen>>;
  regios: Awaited<ReturnType<typeof listRegios>>;
};

export type FormState = { waarden: Waarden; fieldErrors: Record<string, string>; advies?: Vormenwijzer | undefined; bestandenKwijt?: boolean };

const groepen = new Set(['themaCodes', 'vormCodes', 'niveaus', 'contactpersoonIds', 'vertrouwelijkheid']);

/** The error summary's links: checkbox and radio groups link to their first control. */
export const samenvatting = (fieldErrors: Record<string, string>) =>
  toSummary(fieldErrors, prefix).map((x) => (groepen.has(x.field.slice(prefix.length)) ? { ...x, field: `${x.field}-0` } : x));

export function VraagstukFormulier(props: { action: string; annuleren: string; state: FormState; keuzes: Keuzes; nieuw: boolean }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const { waarden: v, fieldErrors: e, advies } = props.state;
  const k = props.keuzes;
  const meerdere = k.organisaties.length > 1;
  const orgNaam = (id: string) => k.organisaties.find((o) => o.id === id)?.naam ?? '';
  const naam = (r: { naamNl: string; naamEn: string }) => (locale === 'en' ? r.naamEn : r.naamNl);
  return (
    <>
      <ErrorSummary errors={samenvatting(e)} />
      <form method="post" action={props.action} novalidate {...(props.nieuw ? { enctype: 'multipart/form-data' } : {})}>
        <CsrfField />
        {props.nieuw ? null : <input type="hidden" name="versie" value={v.versie} />}
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t('vraagstukken.form.wie')}</legend>
          <SelectField
            id={`${prefix}organisatieId`}
            name="organisatieId"
            label={t('vraagstukken.veld.organisatie')}
            selected={v.organisatieId}
            error={e.organisatieId}
            options={k.organisaties.map((o) => ({ value: o.id, label: o.naam }))}
          />
          <SelectField
            id={`${prefix}onderdeelId`}
            name="onderdeelId"
            label={t('vraagstukken.veld.onderdeel')}
            hint={t('vraagstukken.form.onderdeelHint')}
            selected={v.onderdeelId}
            error={e.onderdeelId}
            options={[{ value: '', label: t('vraagstukken.form.geenOnderdeel') }, ...k.onderdelen.map((o) => ({ value: o.id, label: meerdere ? `${o.naam} (${orgNaam(o.organisatieId)})` : o.naam }))]}
          />
        </fieldset>
        <p class="utrecht-paragraph">{t('vraagstukken.form.talenUitleg')}</p>
        {(['Nl', 'En'] as const).map((taal) => {
          const lang = taal.toLowerCase();
          return (
            <fieldset class="utrecht-form-fieldset" lang={lang === locale ? undefined : lang}>
              <legend class="utrecht-form-fieldset__legend">{t(`vraagstukken.form.inhoud${taal}`)}</legend>
              <TextField id={`${prefix}titel${taal}`} name={`titel${taal}`} label={t(`vraagstukken.veld.titel${taal}`)} value={v[`titel${taal}`]} error={e[`titel${taal}`]} maxlength={vraagstukLimieten.titel} />
              <TextAreaField id={`${prefix}context${taal}`} name={`context${taal}`} label={t(`vraagstukken.veld.context${taal}`)} hint={t('vraagstukken.form.contextHint')} value={v[`context${taal}`]} error={e[`context${taal}`]} maxlength={vraagstukLimieten.context} rows={6} lang={lang} />
              <TextAreaField id={`${prefix}vraag${taal}`} name={`vraag${taal}`} label={t(`vraagstukken.veld.vraag${taal}`)} value={v[`vraag${taal}`]} error={e[`vraag${taal}`]} maxlength={vraagstukLimieten.vraag} rows={5} lang={lang} />
              <TextAreaField id={`${prefix}resultaat${taal}`} name={`resultaat${taal}`} label={t(`vraagstukken.veld.resultaat${taal}`)} value={v[`resultaat${taal}`]} error={e[`resultaat${taal}`]} maxlength={vraagstukLimieten.resultaat} rows={4} lang={lang} />
            </fieldset>
          );
        })}
        <CheckboxGroup id={`${prefix}themaCodes`} name="themaCodes" legend={t('vraagstukken.veld.themas')} hint={t('vraagstukken.form.themasHint')} options={k.themas.map((th) => ({ value: th.code, label: naam(th) }))} checked={v.themaCodes} error={e.themaCodes} />
        <CheckboxGroup id={`${prefix}niveaus`} name="niveaus" legend={t('vraagstukken.veld.niveaus')} options={onderwijsniveaus.map((n) => ({ value: n, label: t(`marktplaats.niveau.${n}`) }))} checked={v.niveaus} error={e.niveaus} />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t('vraagstukken.form.omvang')}</legend>
          <TextField id={`${prefix}vroegsteStart`} name="vroegsteStart" type="date" label={t('vraagstukken.veld.vroegsteStart')} value={v.vroegsteStart} error={e.vroegsteStart} />
          <TextField id={`${prefix}deadline`} name="deadline" type="date" label={t('vraagstukken.veld.deadline')} hint={t('vraagstukken.form.deadlineHint')} value={v.deadline} error={e.deadline} />
          <TextField id={`${prefix}duurWeken`} name="duurWeken" inputmode="numeric" label={t('vraagstukken.veld.duurWeken')} value={v.duurWeken} error={e.duurWeken} />
          <SelectField id={`${prefix}diepgang`} name="diepgang" label={t('vraagstukken.veld.diepgang')} selected={v.diepgang} error={e.diepgang} options={[{ value: '', label: t('vraagstukken.form.geenKeuze') }, ...diepgangen.map((d) => ({ value: d, label: t(`marktplaats.diepgang.${d}`) }))]} />
          <TextField id={`${prefix}aantalStudenten`} name="aantalStudenten" inputmode="numeric" label={t('vraagstukken.veld.aantalStudenten')} value={v.aantalStudenten} error={e.aantalStudenten} />
          <TextField id={`${prefix}aantalTeams`} name="aantalTeams" inputmode="numeric" label={t('vraagstukken.veld.aantalTeams')} value={v.aantalTeams} error={e.aantalTeams} />
        </fieldset>
        <fieldset class="utrecht-form-fieldset ip-vormenwijzer" id={`${prefix}vormenwijzer`}>
          <legend class="utrecht-form-fieldset__legend">{t('vraagstukken.vormenwijzer.kop')}</legend>
          <p class="utrecht-paragraph">{t('vraagstukken.vormenwijzer.uitleg')}</p>
          {advies ? <Advies advies={advies} /> : null}
          <button type="submit" name="actie" value="vormenwijzer" class="utrecht-button utrecht-button--secondary-action">
            {t('vraagstukken.vormenwijzer.knop')}
          </button>
        </fieldset>
        <CheckboxGroup id={`${prefix}vormCodes`} name="vormCodes" legend={t('vraagstukken.veld.vormen')} options={k.vormen.map((f) => ({ value: f.code, label: naam(f) }))} checked={v.vormCodes} error={e.vormCodes} />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t('vraagstukken.veld.regio')}</legend>
          <SelectField id={`${prefix}regioCode`} name="regioCode" label={t('vraagstukken.veld.regioCode')} hint={t('vraagstukken.form.regioHint')} selected={v.regioCode} error={e.regioCode} options={k.regios.map((r) => ({ value: r.code, label: r.naam }))} />
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`${prefix}landelijk`} name="landelijk" value="ja" checked={v.landelijk === 'ja'} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${prefix}landelijk`}>
              {t('vraagstukken.veld.landelijk')}
            </label>
          </div>
        </fieldset>
        <RadioGroup
          id={`${prefix}vertrouwelijkheid`}
          name="vertrouwelijkheid"
          legend={t('vraagstukken.veld.vertrouwelijkheid')}
          options={vertrouwelijkheden.map((w) => ({ value: w, label: t(`marktplaats.vertrouwelijkheid.${w}`), hint: t(`marktplaats.vertrouwelijkheidUitleg.${w}`) }))}
          checked={v.vertrouwelijkheid}
          error={e.vertrouwelijkheid}
        />
        {k.leden.length > 0 ? (
          <CheckboxGroup
            id={`${prefix}contactpersoonIds`}
            name="contactpersoonIds"
            legend={t('vraagstukken.veld.contactpersonen')}
            hint={t('vraagstukken.form.contactHint', { max: vraagstukLimieten.contactpersonen })}
            options={k.leden.map((l) => ({ value: l.id, label: meerdere ? `${l.naam} (${orgNaam(l.organisatieId)})` : l.naam }))}
            checked={v.contactpersoonIds}
            error={e.contactpersoonIds}
          />
        ) : null}
        {props.nieuw ? <BijlagenVeld error={e.bijlagen} kwijt={Boolean(props.state.bestandenKwijt)} /> : null}
        <div class="utrecht-button-group">
          {props.nieuw ? (
            <>
              <button type="submit" name="actie" value="concept" class="utrecht-button utrecht-button--primary-action">
                {t('vraagstukken.form.opslaanConcept')}
              </button>
              <button type="submit" name="actie" value="indienen" class="utrecht-button utrecht-button--secondary-action">
                {t('vraagstukken.form.opslaanIndienen')}
              </button>
            </>
          ) : (
            <button type="submit" name="actie" value="opslaan" class="utrecht-button utrecht-button--primary-action">
              {t('vraagstukken.form.opslaan')}
            </button>
          )}
          <a class="utrecht-link utrecht-link--html-a" href={props.annuleren}>
            {t('vraagstukken.annuleren')}
          </a>
        </div>
      </form>
    </>
  );
}

/** The file field: content-checked types and limits in the hint; after a re-render, a request to choose the files again. */
export function BijlagenVeld({ error, kwijt }: { error?: string | undefined; kwijt: boolean }) {
  const { t } = useRequestContext<AppEnv>().var;
  const id = `${prefix}bijlagen`;
  const hint = t('vraagstukken.bijlagen.hint', { max: vraagstukLimieten.bijlagen, mb: vraagstukLimieten.bijlageBytes / 1024 / 1024 });
  const opnieuw = kwijt && !error ? t('vraagstukken.bijlagen.opnieuwKiezen') : undefined;
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {t('vraagstukken.veld.bijlagen')}
      </label>
      <p class="utrecht-form-field-description" id={`${id}-hint`}>
        {hint}
        {opnieuw ? ` ${opnieuw}` : ''}
      </p>
      {error ? (
        <p class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error} {t('vraagstukken.bijlagen.opnieuwKiezen')}
        </p>
      ) : null}
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        type="file"
        id={id}
        name="bijlagen"
        multiple
        accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-hint ${id}-fout` : `${id}-hint`}
      />
    </div>
  );
}

function Advies({ advies }: { advies: Vormenwijzer }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return (
    <div class="ip-vormenwijzer__advies" role="status">
      {advies.adviezen.length === 0 ? (
        <p class="utrecht-paragraph">{t('vraagstukken.vormenwijzer.geenAdvies')}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{t('vraagstukken.vormenwijzer.aanvinken')}</p>
          <ol class="utrecht-ordered-list">
            {advies.adviezen.map((a) => (
              <li>
                <strong>{locale === 'en' ? a.vorm.naamEn : a.vorm.naamNl}</strong>
                <ul class="utrecht-unordered-list">
                  {a.redenen.map((r) => (
                    <li>
                      {r.past ? '' : `${t('vraagstukken.vormenwijzer.let')} `}
                      {t(r.key, r.params.diepgang ? { ...r.params, diepgang: t(`marktplaats.diepgang.${r.params.diepgang}`).toLowerCase() } : r.params)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
      {advies.ontbreekt.length > 0 ? (
        <p class="utrecht-paragraph">
          {t('vraagstukken.vormenwijzer.ontbreekt', { velden: advies.ontbreekt.map((o) => t(`vraagstukken.vormenwijzer.veld.${o}`)).join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
