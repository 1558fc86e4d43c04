import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readReferenceFile } from '../../src/db/seed/reference-file.ts';
import { slugify } from '../../src/platform/slug.ts';

/**
 * Reads and checks the evaluation set (format: README.md). Every mistake in the hand-written data is
 * reported with its file and key, all at once, so that a typo in an organisation key or a label that
 * points at nothing cannot silently lower (or raise) a score.
 *
 * `npx tsx bench/matching-eval/load.ts` checks the files and prints their counts.
 */
export const evalFolder = path.dirname(fileURLToPath(import.meta.url));
export const dataFolder = path.join(evalFolder, 'data');
/** The evaluation's "today". */
export const peildatum = new Date('2026-11-28T12:00:00Z');

const themaCodes = [
  'data-en-ai', 'cybersecurity', 'informatiehuishouding', 'open-overheid', 'digitale-identiteit',
  'digitale-dienstverlening', 'digitale-inclusie', 'privacy-ethiek-recht', 'algoritmen-toezicht',
  'cloud-infrastructuur', 'software-architectuur', 'blockchain', 'egovernance', 'duurzame-it',
  'digitale-vaardigheden', 'geo-iot',
] as const;
const vormCodes = [
  'gastcollege', 'hackathon', 'praktijkopdracht', 'groepsopdracht', 'onderwijsmodule', 'stage',
  'afstudeeropdracht', 'onderzoek', 'promotieonderzoek', 'professional-doctorate', 'fieldlab',
  'bijscholing', 'traineeship',
] as const;
const niveauCodes = ['mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'] as const;
const regioCodes = ['noord', 'oost', 'midden', 'west', 'zuid'] as const;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)), 'geen geldige datum');
const tekst = z.string().trim().min(1).nullish();
const lijst = <T extends readonly [string, ...string[]]>(codes: T) => z.array(z.enum(codes)).default([]);
const sleutel = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const aanbodSchema = z.strictObject({
  sleutel,
  soort: z.literal('aanbod'),
  aanbodSoort: z.enum(['onderwijs', 'onderzoekslijn', 'studenten', 'bijscholing', 'gastdocent']),
  organisatie: z.string().nullish(),
  onderdeel: z.string().nullish(),
  persoon: z.string().nullish(),
  titel: tekst, titelEn: tekst,
  beschrijving: tekst, beschrijvingEn: tekst,
  geschikteVragen: tekst, geschikteVragenEn: tekst,
  opleiding: tekst, vakgebied: tekst,
  opdrachtsoort: z.enum(['stage', 'afstudeeropdracht', 'praktijkopdracht']).nullish(),
  formaat: z.enum(['online', 'op-locatie', 'hybride']).nullish(),
  kostenEuro: z.number().int().min(0).nullish(),
  themas: lijst(themaCodes), vormen: lijst(vormCodes), niveaus: lijst(niveauCodes),
  regio: z.enum(regioCodes).nullable().optional(),
  aantalStudenten: z.number().int().positive().nullish(),
  aantalTeams: z.number().int().positive().nullish(),
  periodes: z.array(z.strictObject({ soort: z.enum(['semester', 'kwartaal', 'blok', 'periode']), label: z.string().min(1), van: datum, tot: datum })).default([]),
  intakeDeadline: datum.nullish(),
});

const onderdeelSchema = z.strictObject({
  sleutel,
  soort: z.literal('onderdeel'),
  onderdeelSoort: z.enum(['lectoraat', 'leerstoel', 'opleiding', 'lab', 'faculteit']),
  organisatie: z.string(),
  naam: z.string().min(2),
  beschrijving: tekst, beschrijvingEn: tekst,
  themas: lijst(themaCodes),
});

const persoonSchema = z.strictObject({
  sleutel,
  soort: z.literal('persoon'),
  naam: z.string().min(2),
  persoonstype: z.enum(['docent', 'lector', 'onderzoeker', 'student', 'stagecoordinator', 'anders']).default('docent'),
  organisatie: z.string().nullish(),
  onderdeel: z.string().nullish(),
  rol: tekst,
  expertise: tekst, expertiseEn: tekst,
  trefwoorden: z.array(z.string().min(1)).default([]),
  themas: lijst(themaCodes),
  talen: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  beschikbaar: z.array(z.strictObject({ van: datum, tot: datum, toelichting: tekst })).default([]),
});

export const kandidaatSchema = z.discriminatedUnion('soort', [aanbodSchema, onderdeelSchema, persoonSchema]);

export const vraagstukSchema = z.strictObject({
  sleutel,
  organisatie: z.string(),
  titel: tekst, titelEn: tekst,
  context: tekst, contextEn: tekst,
  vraag: tekst, vraagEn: tekst,
  resultaat: tekst, resultaatEn: tekst,
  themas: lijst(themaCodes), vormen: lijst(vormCodes), niveaus: lijst(niveauCodes),
  regio: z.enum(regioCodes),
  landelijk: z.boolean().default(false),
  vroegsteStart: datum.nullish(),
  deadline: datum.nullish(),
  duurWeken: z.number().int().positive().nullish(),
  aantalStudenten: z.number().int().positive().nullish(),
  aantalTeams: z.number().int().positive().nullish(),
  diepgang: z.enum(['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'structureel', 'kennisoverdracht', 'talent']).nullish(),
  vertrouwelijkheid: z.enum(['openbaar', 'partners', 'na-introductie']).default('openbaar'),
  relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
});

const clusterSchema = z.strictObject({
  cluster: z.string().min(1),
  kandidaten: z.array(kandidaatSchema),
  vraagstukken: z.array(vraagstukSchema),
});

export type Kandidaat = z.infer<typeof kandidaatSchema>;
export type AanbodKandidaat = z.infer<typeof aanbodSchema>;
export type OnderdeelKandidaat = z.infer<typeof onderdeelSchema>;
export type PersoonKandidaat = z.infer<typeof persoonSchema>;
export type EvalVraagstuk = z.infer<typeof vraagstukSchema> & { cluster: string; bestand: string };
export type ExtraOrganisatie = { sleutel: string; naam: string; afkorting?: string; soort: 'rijksorganisatie' | 'hogeschool' | 'universiteit' | 'mbo-instelling'; type?: string; provincie: string; steden: string[] };
export type EvalSet = {
  kandidaten: (Kandidaat & { cluster: string; bestand: string })[];
  vraagstukken: EvalVraagstuk[];
  extraOrganisaties: ExtraOrganisatie[];
  clusters: { bestand: string; cluster: string }[];
};

export class EvalDataError extends Error {}

/** Reads every data/NN-*.json, checks it, and returns the whole set. */
export async function leesEvaluatieset(): Promise<EvalSet> {
  const fouten: string[] = [];
  const extra = (JSON.parse(await readFile(path.join(evalFolder, 'organisaties.json'), 'utf8')) as { organisaties: ExtraOrganisatie[] }).organisaties;
  const reference = await readReferenceFile();
  const orgSoort = new Map<string, string>();
  for (const o of reference.organisations.items) orgSoort.set(slugify(o.name), o.kind);
  for (const o of extra) orgSoort.set(o.sleutel, o.soort);

  const set: EvalSet = { kandidaten: [], vraagstukken: [], extraOrganisaties: extra, clusters: [] };
  const bestanden = (await readdir(dataFolder)).filter((f) => /^\d\d-.*\.json$/.test(f)).sort();
  for (const bestand of bestanden) {
    let ruw: unknown;
    try {
      ruw = JSON.parse(await readFile(path.join(dataFolder, bestand), 'utf8'));
    } catch (error) {
      fouten.push(`${bestand}: geen geldige JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = clusterSchema.safeParse(ruw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 20)) fouten.push(`${bestand}: ${waar(ruw, issue.path)} ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    set.clusters.push({ bestand, cluster: parsed.data.cluster });
    for (const k of parsed.data.kandidaten) set.kandidaten.push({ ...k, cluster: parsed.data.cluster, bestand });
    for (const v of parsed.data.vraagstukken) set.vraagstukken.push({ ...v, cluster: parsed.data.cluster, bestand });
  }

  const perSleutel = new Map<string, Kandidaat>();
  for (const k of set.kandidaten) {
    if (perSleutel.has(k.sleutel)) fouten.push(`${k.bestand}: kandidaat ${k.sleutel} komt twee keer voor`);
    perSleutel.set(k.sleutel, k);
    const nummer = k.bestand.slice(0, 2);
    if (!k.sleutel.startsWith(`c${nummer}-`)) fouten.push(`${k.bestand}: kandidaat ${k.sleutel} moet met c${nummer}- beginnen`);
  }
  const vraagSleutels = new Set<string>();
  for (const k of set.kandidaten) {
    const org = k.organisatie ?? null;
    if (org !== null && !orgSoort.has(org)) fouten.push(`${k.bestand}: ${k.sleutel}: onbekende organisatie '${org}'`);
    if (org !== null && orgSoort.get(org) === 'rijksorganisatie' && k.soort !== 'persoon') fouten.push(`${k.bestand}: ${k.sleutel}: een kandidaat van een rijksorganisatie wordt nooit voorgesteld`);
    if (k.soort === 'aanbod') {
      if (!k.titel && !k.titelEn) fouten.push(`${k.bestand}: ${k.sleutel}: titel of titelEn is verplicht`);
      if (['onderwijs', 'onderzoekslijn', 'bijscholing'].includes(k.aanbodSoort) && !org) fouten.push(`${k.bestand}: ${k.sleutel}: organisatie is verplicht voor ${k.aanbodSoort}`);
      for (const p of k.periodes) if (p.tot < p.van) fouten.push(`${k.bestand}: ${k.sleutel}: periode '${p.label}' eindigt voor hij begint`);
      if (k.persoon && perSleutel.get(k.persoon)?.soort !== 'persoon') fouten.push(`${k.bestand}: ${k.sleutel}: persoon '${k.persoon}' is geen persoon-kandidaat`);
    }
    if (k.soort === 'persoon') for (const b of k.beschikbaar) if (b.tot < b.van) fouten.push(`${k.bestand}: ${k.sleutel}: beschikbaarheid eindigt voor hij begint`);
    if ((k.soort === 'aanbod' || k.soort === 'persoon') && k.onderdeel) {
      const o = perSleutel.get(k.onderdeel);
      if (o?.soort !== 'onderdeel') fouten.push(`${k.bestand}: ${k.sleutel}: onderdeel '${k.onderdeel}' is geen onderdeel-kandidaat`);
      else if (o.organisatie !== org) fouten.push(`${k.bestand}: ${k.sleutel}: onderdeel '${k.onderdeel}' hoort bij een andere organisatie`);
    }
  }
  for (const v of set.vraagstukken) {
    if (vraagSleutels.has(v.sleutel)) fouten.push(`${v.bestand}: vraagstuk ${v.sleutel} komt twee keer voor`);
    vraagSleutels.add(v.sleutel);
    if (orgSoort.get(v.organisatie) !== 'rijksorganisatie') fouten.push(`${v.bestand}: ${v.sleutel}: '${v.organisatie}' is geen (bekende) rijksorganisatie`);
    if (!v.titel && !v.titelEn) fouten.push(`${v.bestand}: ${v.sleutel}: titel of titelEn is verplicht`);
    if (v.vroegsteStart && v.deadline && v.deadline < v.vroegsteStart) fouten.push(`${v.bestand}: ${v.sleutel}: deadline voor vroegsteStart`);
    const labels = Object.keys(v.relevant);
    if (labels.length === 0) fouten.push(`${v.bestand}: ${v.sleutel}: geen enkel relevant label`);
    for (const s of labels) if (!perSleutel.has(s)) fouten.push(`${v.bestand}: ${v.sleutel}: label '${s}' wijst naar geen kandidaat`);
  }
  if (fouten.length > 0) throw new EvalDataError(`De evaluatieset bevat fouten:\n- ${fouten.join('\n- ')}`);
  return set;
}

function waar(ruw: unknown, pad: PropertyKey[]): string {
  // Name the item by its key when the error is inside kandidaten[i] or vraagstukken[i].
  if (pad.length >= 2 && typeof pad[1] === 'number' && ruw && typeof ruw === 'object') {
    const lijst = (ruw as Record<string, unknown>)[String(pad[0])];
    const item = Array.isArray(lijst) ? (lijst[pad[1]] as { sleutel?: string } | undefined) : undefined;
    if (item?.sleutel) return `[${item.sleutel}]`;
  }
  return '';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const set = await leesEvaluatieset();
    const labels = set.vraagstukken.reduce((n, v) => n + Object.keys(v.relevant).length, 0);
    for (const c of set.clusters) {
      const k = set.kandidaten.filter((x) => x.bestand === c.bestand).length;
      const v = set.vraagstukken.filter((x) => x.bestand === c.bestand);
      console.log(`${c.bestand.padEnd(40)} ${String(k).padStart(4)} kandidaten ${String(v.length).padStart(3)} vraagstukken ${String(v.reduce((n, x) => n + Object.keys(x.relevant).length, 0)).padStart(4)} labels`);
    }
    console.log(`In totaal: ${set.kandidaten.length} kandidaten, ${set.vraagstukken.length} vraagstukken, ${labels} labels. Geen fouten.`);
  } catch (error) {
    console.error(error instanceof EvalDataError ? error.message : error);
    process.exitCode = 1;
  }
}
