import { z } from '@hono/zod-openapi';
import { eenRegel, meerRegels } from './beheer.schema.ts';

export const vertaaldeNaamSchema = z
  .object({ nl: z.string(), en: z.string() })
  .openapi('VertaaldeNaam', { description: 'Naam in het Nederlands en het Engels' });

export const regioSchema = z
  .object({
    code: z.string().openapi({ example: 'noord' }),
    naam: z.string().openapi({ example: 'Noord' }),
    provincies: z.array(z.object({ naam: z.string(), hoofdstad: z.string() })),
  })
  .openapi('Regio');

export const themaSchema = z
  .object({ code: z.string().openapi({ example: 'data-en-ai' }), naam: vertaaldeNaamSchema })
  .openapi('Thema');

const bereikSchema = z.object({ min: z.number().int(), max: z.number().int() }).openapi('Bereik');

export const samenwerkingsvormSchema = z
  .object({
    code: z.string().openapi({ example: 'stage' }),
    naam: vertaaldeNaamSchema,
    niveaus: z.array(z.enum(['mbo', 'hbo', 'wo'])),
    typischeDuurInWeken: bereikSchema,
    typischAantalStudenten: bereikSchema,
    diepgang: z.string().openapi({ example: 'toepassing' }),
  })
  .openapi('Samenwerkingsvorm');

export const listOf = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z.object({ data: z.array(item) }).openapi(name);

// Detail and write shapes (issue 4): a resource carries its `versie`, which is also in its ETag.
const maxNaam = 100;
const maxBeschrijving = 2000;
const naamInvoer = z.string().trim().min(1).max(maxNaam).regex(eenRegel);

export const synoniemSchema = z
  .object({
    id: z.uuid(),
    taal: z.enum(['nl', 'en']).openapi({ description: 'De taal waarin het synoniem gebruikt wordt' }),
    term: z.string().openapi({ example: 'IHH' }),
  })
  .openapi('Synoniem');

export const themaDetailSchema = z
  .object({
    code: z.string().openapi({ example: 'informatiehuishouding' }),
    naam: vertaaldeNaamSchema,
    beschrijving: z
      .object({ nl: z.string().nullable(), en: z.string().nullable() })
      .openapi('VertaaldeBeschrijving', { description: 'Beschrijving in het Nederlands en het Engels; null als die er (nog) niet is' }),
    synoniemen: z.array(synoniemSchema),
    versie: z.number().int().openapi({ example: 3, description: 'Gaat met 1 omhoog bij elke wijziging, ook van de synoniemen' }),
  })
  .openapi('ThemaDetail');

export const themaWijzigingSchema = z
  .object({
    naam: z.object({ nl: naamInvoer, en: naamInvoer }).openapi('VertaaldeNaamInvoer'),
    beschrijving: z
      .object({ nl: z.string().trim().max(maxBeschrijving).regex(meerRegels).nullable(), en: z.string().trim().max(maxBeschrijving).regex(meerRegels).nullable() })
      .openapi('VertaaldeBeschrijvingInvoer'),
  })
  .openapi('ThemaWijziging');

export const synoniemInvoerSchema = z
  .object({ taal: z.enum(['nl', 'en']), term: z.string().trim().min(1).max(100).regex(eenRegel).openapi({ example: 'IHH' }) })
  .openapi('SynoniemInvoer');

export const samenwerkingsvormDetailSchema = samenwerkingsvormSchema
  .extend({ versie: z.number().int().openapi({ example: 1 }) })
  .openapi('SamenwerkingsvormDetail');

const bereikInvoer = (max: number) =>
  z
    .object({ min: z.number().int().min(0).max(max), max: z.number().int().min(0).max(max) })
    .refine((b) => b.min <= b.max, { message: 'min must not be greater than max', path: ['max'] });

export const samenwerkingsvormWijzigingSchema = z
  .object({
    naam: z.object({ nl: naamInvoer, en: naamInvoer }),
    niveaus: z.array(z.enum(['mbo', 'hbo', 'wo'])).min(1).max(3),
    typischeDuurInWeken: bereikInvoer(520),
    typischAantalStudenten: bereikInvoer(10_000),
    diepgang: z.enum(['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'kennisoverdracht', 'structureel', 'talent']),
  })
  .openapi('SamenwerkingsvormWijziging');

export const provincieSchema = z
  .object({
    naam: z.string().openapi({ example: 'Utrecht' }),
    hoofdstad: z.string().openapi({ example: 'Utrecht' }),
    regioCode: z.string().openapi({ example: 'midden' }),
    versie: z.number().int().openapi({ example: 1 }),
  })
  .openapi('Provincie');

export const provincieWijzigingSchema = z
  .object({ regioCode: z.string().min(1).max(100).regex(eenRegel).openapi({ example: 'midden', description: "De code van de regio; zie /regios" }) })
  .openapi('ProvincieWijziging');
