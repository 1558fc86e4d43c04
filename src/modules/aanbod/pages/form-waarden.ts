import type { Context } from 'hono';
import { hasTranslation, type Locale, type Translate } from '../../../platform/i18n.ts';
import type { FieldError } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { aanbodLimieten } from '../aanbod.schema.ts';
import type { VeldFout } from '../commands/context.ts';
import type { AanbodVolledig } from '../queries.ts';
import { aanbodSoorten, type AanbodSoort } from '../schema.ts';

/**
 * The aanbod form works without JavaScript, so its periods are numbered rows (`periodes.0.soort`,
 * `periodes.0.label`, `periodes.0.van`, `periodes.0.tot`); a row left empty is ignored. Checkbox
 * groups post their name once per ticked box. This file turns the posted fields into the shape
 * aanbodInvoerSchema checks, and the complaints back into field ids (`aanbod-<veld>`,
 * `aanbod-periodes-<rij>-<deel>`).
 */
export const prefix = 'aanbod-';
const maxRijen = 20;
const periodeDelen = ['soort', 'label', 'van', 'tot'] as const;

/** Which of the kind-specific fields a kind shows (see the header of aanbod.schema.ts). */
export type Veld =
  | 'geschikteVragen'
  | 'vormCodes'
  | 'opleiding'
  | 'aantalStudenten'
  | 'aantalTeams'
  | 'intakeDeadline'
  | 'opdrachtsoort'
  | 'vakgebied'
  | 'formaat'
  | 'kostenEuro'
  | 'aanmeldUrl'
  | 'periodes';

export const veldenVoor: Record<AanbodSoort, readonly Veld[]> = {
  onderwijs: ['geschikteVragen', 'vormCodes', 'opleiding', 'aantalStudenten', 'aantalTeams', 'intakeDeadline', 'periodes'],
  onderzoekslijn: ['geschikteVragen', 'vormCodes'],
  studenten: ['opdrachtsoort', 'vakgebied', 'aantalStudenten', 'periodes'],
  bijscholing: ['formaat', 'kostenEuro', 'aanmeldUrl', 'periodes'],
  gastdocent: ['vormCodes', 'periodes'],
};

export const isSoort = (s: string): s is AanbodSoort => (aanbodSoorten as readonly string[]).includes(s);

export type PeriodeRij = { soort: string; label: string; van: string; tot: string };

export type Waarden = {
  versie: string;
  soort: string;
  actie: string;
  organisatieId: string;
  onderdeelId: string;
  titelNl: string;
  titelEn: string;
  beschrijvingNl: string;
  beschrijvingEn: string;
  geschikteVragenNl: string;
  geschikteVragenEn: string;
  themaCodes: string[];
  vormCodes: string[];
  niveaus: string[];
  /** 'organisatie' (the organisatie's regio), 'landelijk', or a regio code. */
  regioCode: string;
  opleiding: string;
  aantalStudenten: string;
  aantalTeams: string;
  intakeDeadline: string;
  opdrachtsoort: string;
  vakgebied: string;
  formaat: string;
  kostenEuro: string;
  aanmeldUrl: string;
  periodes: PeriodeRij[];
};

export function leeg(soort: string): Waarden {
  return {
    versie: '',
    soort,
    actie: '',
    organisatieId: '',
    onderdeelId: '',
    titelNl: '',
    titelEn: '',
    beschrijvingNl: '',
    beschrijvingEn: '',
    geschikteVragenNl: '',
    geschikteVragenEn: '',
    themaCodes: [],
    vormCodes: [],
    niveaus: [],
    regioCode: 'organisatie',
    opleiding: '',
    aantalStudenten: '',
    aantalTeams: '',
    intakeDeadline: '',
    opdrachtsoort: '',
    vakgebied: '',
    formaat: '',
    kostenEuro: '',
    aanmeldUrl: '',
    periodes: [],
  };
}

const gevuld = (r: PeriodeRij) => periodeDelen.some((d) => r[d].trim() !== '');

/** The posted form, as strings and lists of strings; files and unknown fields are ignored. */
export async function leesFormulier(c: Context<AppEnv>): Promise<Waarden> {
  const body = await c.req.parseBody({ all: true });
  const one = (k: string) => {
    const v = body[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first : '';
  };
  const many = (k: string) => {
    const v = body[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string').slice(0, 50);
  };
  const periodes: PeriodeRij[] = [];
  for (let i = 0; i < maxRijen; i++) periodes.push({ soort: one(`periodes.${i}.soort`), label: one(`periodes.${i}.label`), van: one(`periodes.${i}.van`), tot: one(`periodes.${i}.tot`) });
  while (periodes.length > 0 && !gevuld(periodes[periodes.length - 1]!)) periodes.pop();
  const w = leeg(one('soort'));
  for (const k of Object.keys(w) as (keyof Waarden)[]) {
    if (k === 'periodes') continue;
    if (k === 'themaCodes' || k === 'vormCodes' || k === 'niveaus') w[k] = many(k);
    else w[k] = one(k);
  }
  w.periodes = periodes;
  return w;
}

/**
 * The input for aanbodInvoerSchema: only the fields this kind shows (the others are left out, so
 * an edit that changes nothing there clears them), filled period rows only. `rijVan[n]` is the
 * form row of the n-th filled period, to put a complaint at the right row.
 */
export function naarInvoer(w: Waarden, soort: AanbodSoort): { invoer: Record<string, unknown>; rijVan: number[] } {
  const velden = new Set(veldenVoor[soort]);
  const als = <T>(veld: Veld, v: T) => (velden.has(veld) ? v : undefined);
  const rijVan = w.periodes.map((r, i) => (gevuld(r) ? i : -1)).filter((i) => i >= 0);
  const invoer: Record<string, unknown> = {
    soort,
    organisatieId: w.organisatieId,
    onderdeelId: w.onderdeelId,
    titelNl: w.titelNl,
    titelEn: w.titelEn,
    beschrijvingNl: w.beschrijvingNl,
    beschrijvingEn: w.beschrijvingEn,
    geschikteVragenNl: als('geschikteVragen', w.geschikteVragenNl),
    geschikteVragenEn: als('geschikteVragen', w.geschikteVragenEn),
    themaCodes: w.themaCodes,
    vormCodes: als('vormCodes', w.vormCodes),
    niveaus: w.niveaus,
    regioCode: w.regioCode === 'organisatie' ? undefined : w.regioCode === 'landelijk' ? null : w.regioCode,
    opleiding: als('opleiding', w.opleiding),
    aantalStudenten: als('aantalStudenten', w.aantalStudenten),
    aantalTeams: als('aantalTeams', w.aantalTeams),
    intakeDeadline: als('intakeDeadline', w.intakeDeadline),
    opdrachtsoort: als('opdrachtsoort', w.opdrachtsoort),
    vakgebied: als('vakgebied', w.vakgebied),
    formaat: als('formaat', w.formaat),
    kostenEuro: als('kostenEuro', w.kostenEuro),
    aanmeldUrl: als('aanmeldUrl', w.aanmeldUrl),
    periodes: velden.has('periodes') ? rijVan.map((i) => w.periodes[i]) : [],
  };
  return { invoer, rijVan };
}

/** The field a complaint at `path` belongs to, as the part after the id prefix. */
function veldVoor(path: readonly PropertyKey[], rijVan: readonly number[]): string {
  const [top, n, deel] = path;
  if (top === 'periodes') {
    if (typeof n !== 'number') return 'periodes';
    const d = periodeDelen.includes(deel as (typeof periodeDelen)[number]) ? String(deel) : 'soort';
    return `periodes-${rijVan[n] ?? 0}-${d}`;
  }
  return typeof top === 'string' ? top : 'formulier';
}

/** Complaints as one message per field (the first wins). */
export function veldFouten(
  t: Translate,
  locale: Locale,
  klachten: readonly { path: readonly PropertyKey[]; message: string; params?: Record<string, string> | undefined }[],
  rijVan: readonly number[],
): Record<string, string> {
  const uit: Record<string, string> = {};
  // A message that is no key of ours (zod's own, for a malformed list) gets a general one.
  for (const k of klachten) uit[veldVoor(k.path, rijVan)] ??= hasTranslation(locale, k.message) ? t(k.message, k.params) : t('aanbod.fouten.algemeen');
  return uit;
}

export const uitVeldFouten = (fouten: readonly VeldFout[]) => fouten.map((f) => ({ path: [f.veld], message: f.key, params: f.params }));

const volgorde = [
  'formulier',
  'versie',
  'soort',
  'organisatieId',
  'onderdeelId',
  'titelNl',
  'beschrijvingNl',
  'titelEn',
  'beschrijvingEn',
  'geschikteVragenNl',
  'geschikteVragenEn',
  'themaCodes',
  'vormCodes',
  'niveaus',
  'regioCode',
  'opleiding',
  'opdrachtsoort',
  'vakgebied',
  'formaat',
  'aantalStudenten',
  'aantalTeams',
  'intakeDeadline',
  'kostenEuro',
  'aanmeldUrl',
  'periodes',
];

/** The error summary in the order of the form, each linking to its field. */
export function samenvatting(fieldErrors: Record<string, string>): FieldError[] {
  const plek = (veld: string) => {
    const m = /^periodes-(\d+)-/.exec(veld);
    if (m) return volgorde.indexOf('periodes') + 0.01 * (Number(m[1]) + 1);
    const i = volgorde.indexOf(veld);
    return i < 0 ? volgorde.length : i;
  };
  return Object.entries(fieldErrors)
    .sort(([a], [b]) => plek(a) - plek(b))
    .map(([veld, message]) => ({ field: `${prefix}${veld}`, message }));
}

/** The form's values for a stored item. */
export function uitAanbod(a: AanbodVolledig): Waarden {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    ...leeg(a.soort),
    versie: String(a.versie),
    organisatieId: s(a.organisatieId),
    onderdeelId: s(a.onderdeelId),
    titelNl: s(a.titelNl),
    titelEn: s(a.titelEn),
    beschrijvingNl: s(a.beschrijvingNl),
    beschrijvingEn: s(a.beschrijvingEn),
    geschikteVragenNl: s(a.geschikteVragenNl),
    geschikteVragenEn: s(a.geschikteVragenEn),
    themaCodes: [...a.themaCodes],
    vormCodes: [...a.vormCodes],
    niveaus: [...a.niveaus],
    regioCode: a.regioCode ?? 'landelijk',
    opleiding: s(a.opleiding),
    aantalStudenten: s(a.aantalStudenten),
    aantalTeams: s(a.aantalTeams),
    intakeDeadline: s(a.intakeDeadline),
    opdrachtsoort: s(a.opdrachtsoort),
    vakgebied: s(a.vakgebied),
    formaat: s(a.formaat),
    kostenEuro: s(a.kostenEuro),
    aanmeldUrl: s(a.aanmeldUrl),
    periodes: a.periodes.map((p) => ({ soort: p.soort, label: p.label, van: p.van, tot: p.tot })),
  };
}

/** How many period rows to show: every filled one and two empty ones, at least four, at most the limit. */
export const rijenTeTonen = (w: Waarden) => Math.min(Math.max(4, w.periodes.length + 2), Math.max(aanbodLimieten.periodes, w.periodes.length));
