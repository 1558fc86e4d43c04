import { z } from '@hono/zod-openapi';
import { optionalQuery, pageParam, pageSizeParam, safeText } from '../../platform/zod-helpers.ts';
import { persoonstypes } from '../accounts/schema.ts';
import { organisatieSoorten } from '../organisaties/schema.ts';

/**
 * What a person may say about themselves, shared by the profile form and PUT /mij/profiel. Messages
 * are i18n keys (the form shows them; the API sends the key as the reason, which is stable).
 */

/** The languages a profile can list: ISO 639-1, a fixed list (names in locales/<l>/personen.json: personen.taal.<code>). */
export const taalCodes = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'tr', 'ar', 'zh', 'ja', 'ru', 'uk', 'fy', 'ko', 'sv', 'da', 'no', 'hi'] as const;
export type TaalCode = (typeof taalCodes)[number];

export const limieten = {
  affiliaties: 10,
  trefwoorden: 20,
  trefwoordLengte: 50,
  expertise: 2000,
  beschikbaarheden: 10,
  links: 5,
  rol: 100,
  toelichting: 200,
  linkLabel: 100,
  url: 500,
  themas: 50,
} as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'personen.fouten.datum')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2999-12-31';
  }, 'personen.fouten.datum')
  .openapi({ format: 'date', example: '2026-09-01' });

/** Like safeText, with the given message for too long (so the form can say which limit). */
const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { message: 'personen.fouten.tekens' });

/** Empty strings from a form or the API mean "none". */
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), text(max, message).nullable().optional());

const httpsUrl = z
  .string()
  .trim()
  .max(limieten.url, 'personen.fouten.url')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'personen.fouten.url');

export const affiliatieInvoerSchema = z
  .object({
    organisatieId: z.uuid('personen.fouten.organisatie').openapi({ description: 'De id van de organisatie' }),
    onderdeelId: z.uuid('personen.fouten.onderdeel').nullable().optional().openapi({ description: 'Een onderdeel van die organisatie' }),
    rol: optionalText(limieten.rol, 'personen.fouten.rol').openapi({ description: "Functie of rol, bijvoorbeeld 'lector'", example: 'lector' }),
  })
  .openapi('AffiliatieInvoer');

export const beschikbaarheidSchema = z
  .object({
    van: isoDate,
    tot: isoDate,
    toelichting: optionalText(limieten.toelichting, 'personen.fouten.toelichting'),
  })
  .refine((b) => b.tot >= b.van, { message: 'personen.fouten.totVoorVan', path: ['tot'] })
  .openapi('Beschikbaarheid');

export const linkSchema = z
  .object({
    label: text(limieten.linkLabel, 'personen.fouten.linkLabel').pipe(z.string().min(1, 'personen.fouten.linkLabel')),
    url: httpsUrl.openapi({ description: 'Een https-adres', example: 'https://orcid.org/0000-0002-1825-0097' }),
  })
  .openapi('ProfielLink');

const trefwoord = text(limieten.trefwoordLengte, 'personen.fouten.trefwoordLengte')
  .pipe(z.string().min(1, 'personen.fouten.trefwoordLengte'))
  .refine((s) => !s.includes(','), 'personen.fouten.trefwoordKomma');

const unique = <T>(items: T[], key: (item: T) => string = String) => new Set(items.map(key)).size === items.length;

export const profielInvoerSchema = z
  .object({
    affiliaties: z.array(affiliatieInvoerSchema).max(limieten.affiliaties, 'personen.fouten.teveelAffiliaties'),
    themas: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'personen.fouten.thema'))
      .max(limieten.themas, 'personen.fouten.thema')
      .refine((a) => unique(a), 'personen.fouten.dubbel')
      .openapi({ description: "Codes van thema's (zie /themas)" }),
    trefwoorden: z
      .array(trefwoord)
      .max(limieten.trefwoorden, 'personen.fouten.teveelTrefwoorden')
      .refine((a) => unique(a, (s) => s.toLowerCase()), 'personen.fouten.dubbel')
      .openapi({ description: 'Trefwoorden, elk 1-50 tekens, hooguit 20', example: ['informatiebeveiliging', 'open data'] }),
    expertiseNl: optionalText(limieten.expertise, 'personen.fouten.expertise').openapi({ description: 'Expertise in het Nederlands (hooguit 2000 tekens)' }),
    expertiseEn: optionalText(limieten.expertise, 'personen.fouten.expertise').openapi({ description: 'Expertise in het Engels (hooguit 2000 tekens)' }),
    beschikbaarheden: z.array(beschikbaarheidSchema).max(limieten.beschikbaarheden, 'personen.fouten.teveelPeriodes'),
    talen: z
      .array(z.enum(taalCodes, 'personen.fouten.taal'))
      .refine((a) => unique(a), 'personen.fouten.dubbel')
      .openapi({ description: 'Talen, als ISO 639-1-code' }),
    links: z.array(linkSchema).max(limieten.links, 'personen.fouten.teveelLinks'),
  })
  .openapi('ProfielInvoer');
export type ProfielInvoer = z.infer<typeof profielInvoerSchema>;

export const persoonSorteringen = ['naam', '-naam', 'relevantie'] as const;

/** Filters of the people directory, shared by the page and the API. */
export const persoonFilterSchema = z.object({
  zoek: optionalQuery(safeText(200)).openapi({
    description: 'Zoekterm: Nederlandse (en Engelse) volledige-tekstzoekopdracht op naam, expertise en trefwoorden',
    example: 'informatiebeveiliging',
  }),
  soort: optionalQuery(z.enum(organisatieSoorten)).openapi({ description: 'Soort organisatie waaraan de persoon verbonden is' }),
  regio: optionalQuery(z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a region code')).openapi({
    description: 'Code van de regio van een organisatie van de persoon (zie /regios)',
    example: 'noord',
  }),
  thema: optionalQuery(z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a theme code')).openapi({
    description: 'Code van een thema (zie /themas)',
  }),
  persoonstype: optionalQuery(z.enum(persoonstypes)).openapi({ description: 'Soort persoon' }),
  sort: optionalQuery(z.enum(persoonSorteringen)).openapi({
    description: "Sortering: 'naam' (A-Z), '-naam' (Z-A) of 'relevantie' (bij een zoekterm; standaard dan)",
  }),
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});
export type PersoonFilter = z.infer<typeof persoonFilterSchema>;
