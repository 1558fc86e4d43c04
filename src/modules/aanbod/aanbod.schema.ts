import { z } from '@hono/zod-openapi';
import { isoDate, optionalCount, optionalField, plainText } from '../../platform/zod-helpers.ts';
import { onderwijsniveaus } from '../taxonomie/schema.ts';
import { aanbodSoorten, bijscholingFormaten, opdrachtsoorten, periodeSoorten } from './schema.ts';

/**
 * What education says about its aanbod, shared by the form and the API (POST/PUT). Messages are
 * i18n keys (locales/<l>/aanbod.json, 'fouten.*'). The kind (soort) decides which fields are required:
 * - onderwijs: organisatie, opleiding, at least one periode; intakeDeadline, places optional;
 * - onderzoekslijn: organisatie (its lectoraat or leerstoel as onderdeel), geschikteVragen;
 * - studenten: opdrachtsoort, vakgebied, at least one periode (when they are available);
 * - bijscholing: organisatie, formaat, at least one periode (its dates), aanmeldUrl;
 * - gastdocent: at least one thema (the person is the owner).
 */
export const aanbodLimieten = {
  titel: 150,
  beschrijving: 5000,
  geschikteVragen: 3000,
  opleiding: 200,
  vakgebied: 200,
  themas: 10,
  vormen: 13,
  periodes: 12,
  periodeLabel: 100,
  studenten: 2000,
  teams: 200,
  kostenEuro: 100_000,
  url: 500,
} as const;

const tekst = (max: number, tooLong: string) => plainText(max, { tooLong, controlChars: 'aanbod.fouten.tekens' });
const code = (message: string) => z.string().regex(/^[a-z0-9-]{1,60}$/, message);
const uniek = (a: string[]) => new Set(a).size === a.length;

export const httpsUrl = z
  .string()
  .trim()
  .max(aanbodLimieten.url, 'aanbod.fouten.url')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'aanbod.fouten.url');

export const periodeSchema = z
  .object({
    soort: z.enum(periodeSoorten, 'aanbod.fouten.periodeSoort'),
    label: z.string().trim().min(1, 'aanbod.fouten.periodeLabel').max(aanbodLimieten.periodeLabel, 'aanbod.fouten.periodeLabel').openapi({ example: 'Semester 2, 2026-2027' }),
    van: isoDate('aanbod.fouten.datum'),
    tot: isoDate('aanbod.fouten.datum'),
  })
  .refine((p) => p.tot >= p.van, { message: 'aanbod.fouten.totVoorVan', path: ['tot'] })
  .openapi('AanbodPeriode');
export type PeriodeInvoer = z.infer<typeof periodeSchema>;

export const aanbodInvoerSchema = z
  .object({
    soort: z.enum(aanbodSoorten, 'aanbod.fouten.soort').openapi({ description: 'onderwijs, onderzoekslijn, studenten, bijscholing of gastdocent' }),
    organisatieId: optionalField(z.uuid('aanbod.fouten.organisatie')).openapi({ description: 'De onderwijsinstelling (verplicht bij onderwijs, onderzoekslijn en bijscholing)' }),
    onderdeelId: optionalField(z.uuid('aanbod.fouten.onderdeel')).openapi({ description: 'Onderdeel (opleiding, lectoraat, leerstoel) van die organisatie' }),
    titelNl: tekst(aanbodLimieten.titel, 'aanbod.fouten.titelLengte'),
    titelEn: tekst(aanbodLimieten.titel, 'aanbod.fouten.titelLengte'),
    beschrijvingNl: tekst(aanbodLimieten.beschrijving, 'aanbod.fouten.beschrijvingLengte'),
    beschrijvingEn: tekst(aanbodLimieten.beschrijving, 'aanbod.fouten.beschrijvingLengte'),
    geschikteVragenNl: tekst(aanbodLimieten.geschikteVragen, 'aanbod.fouten.geschikteVragenLengte').openapi({
      description: 'Welke casussen of vragen passen (onderwijs, onderzoekslijn)',
    }),
    geschikteVragenEn: tekst(aanbodLimieten.geschikteVragen, 'aanbod.fouten.geschikteVragenLengte'),
    themaCodes: z
      .array(code('aanbod.fouten.thema'))
      .min(1, 'aanbod.fouten.themaVerplicht')
      .max(aanbodLimieten.themas, 'aanbod.fouten.teveelThemas')
      .refine(uniek, 'aanbod.fouten.dubbel'),
    vormCodes: z.array(code('aanbod.fouten.vorm')).max(aanbodLimieten.vormen, 'aanbod.fouten.vorm').refine(uniek, 'aanbod.fouten.dubbel').default([]),
    niveaus: z.array(z.enum(onderwijsniveaus, 'aanbod.fouten.niveau')).refine(uniek, 'aanbod.fouten.dubbel').default([]),
    regioCode: optionalField(code('aanbod.fouten.regio')).openapi({ description: 'Regio; leeg is landelijk' }),
    opleiding: tekst(aanbodLimieten.opleiding, 'aanbod.fouten.opleidingLengte'),
    aantalStudenten: optionalCount(1, aanbodLimieten.studenten, 'aanbod.fouten.studenten'),
    aantalTeams: optionalCount(1, aanbodLimieten.teams, 'aanbod.fouten.teams'),
    intakeDeadline: optionalField(isoDate('aanbod.fouten.datum')).openapi({ description: 'Uiterste datum om een casus aan te melden' }),
    opdrachtsoort: optionalField(z.enum(opdrachtsoorten, 'aanbod.fouten.opdrachtsoort')),
    vakgebied: tekst(aanbodLimieten.vakgebied, 'aanbod.fouten.vakgebiedLengte'),
    formaat: optionalField(z.enum(bijscholingFormaten, 'aanbod.fouten.formaat')),
    kostenEuro: optionalCount(0, aanbodLimieten.kostenEuro, 'aanbod.fouten.kosten').openapi({ description: 'Kosten per deelnemer in hele euro’s; 0 is gratis' }),
    aanmeldUrl: optionalField(httpsUrl),
    periodes: z.array(periodeSchema).max(aanbodLimieten.periodes, 'aanbod.fouten.teveelPeriodes').default([]),
  })
  .superRefine((v, ctx) => {
    const eis = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const nl = Boolean(v.titelNl || v.beschrijvingNl);
    const en = Boolean(v.titelEn || v.beschrijvingEn);
    if (!nl && !en) eis(false, 'titelNl', 'aanbod.fouten.eenTaal');
    if (nl) {
      eis(v.titelNl, 'titelNl', 'aanbod.fouten.titelVerplicht');
      eis(v.beschrijvingNl, 'beschrijvingNl', 'aanbod.fouten.beschrijvingVerplicht');
    }
    if (en) {
      eis(v.titelEn, 'titelEn', 'aanbod.fouten.titelVerplicht');
      eis(v.beschrijvingEn, 'beschrijvingEn', 'aanbod.fouten.beschrijvingVerplicht');
    }
    if (v.soort === 'onderwijs' || v.soort === 'onderzoekslijn' || v.soort === 'bijscholing') eis(v.organisatieId, 'organisatieId', 'aanbod.fouten.organisatieVerplicht');
    if (v.soort === 'onderwijs') {
      eis(v.opleiding, 'opleiding', 'aanbod.fouten.opleidingVerplicht');
      eis(v.periodes.length > 0, 'periodes', 'aanbod.fouten.periodeVerplicht');
    }
    if (v.soort === 'onderzoekslijn') eis(v.geschikteVragenNl || v.geschikteVragenEn, 'geschikteVragenNl', 'aanbod.fouten.geschikteVragenVerplicht');
    if (v.soort === 'studenten') {
      eis(v.opdrachtsoort, 'opdrachtsoort', 'aanbod.fouten.opdrachtsoortVerplicht');
      eis(v.vakgebied, 'vakgebied', 'aanbod.fouten.vakgebiedVerplicht');
      eis(v.periodes.length > 0, 'periodes', 'aanbod.fouten.periodeVerplicht');
    }
    if (v.soort === 'bijscholing') {
      eis(v.formaat, 'formaat', 'aanbod.fouten.formaatVerplicht');
      eis(v.periodes.length > 0, 'periodes', 'aanbod.fouten.periodeVerplicht');
      eis(v.aanmeldUrl, 'aanmeldUrl', 'aanbod.fouten.aanmeldUrlVerplicht');
    }
  })
  .openapi('AanbodInvoer');
export type AanbodInvoer = z.infer<typeof aanbodInvoerSchema>;
