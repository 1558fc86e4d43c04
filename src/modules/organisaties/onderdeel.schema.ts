import { z } from '@hono/zod-openapi';
import { safeText } from '../../platform/zod-helpers.ts';
import { onderdeelSoorten } from './schema.ts';

/** Input of an onderdeel, from the form and from the API; and its API output. */
export type OnderdeelInvoer = {
  soort: (typeof onderdeelSoorten)[number];
  naam: string;
  bovenliggendId: string | null;
  beschrijvingNl: string | null;
  beschrijvingEn: string | null;
  themas: string[];
  contactpersonen: string[];
};

const naam = safeText(200).pipe(z.string().min(2));
const beschrijving = safeText(5000);
const themaCode = z.string().regex(/^[a-z0-9-]{1,60}$/, 'organisaties.fouten.thema');
const uuidList = z.array(z.uuid('organisaties.fouten.contactpersoon')).max(50);
const emptyToNull = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());
const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The form: checkboxes arrive as a string or a list of strings (parseBody with all: true). */
export const onderdeelFormSchema = z
  .object({
    versie: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).optional()),
    soort: z.enum(onderdeelSoorten, 'organisaties.fouten.onderdeelSoort'),
    naam,
    bovenliggendId: emptyToNull(z.uuid()),
    beschrijvingNl: emptyToNull(beschrijving),
    beschrijvingEn: emptyToNull(beschrijving),
    themas: z.preprocess(asList, z.array(themaCode).max(50)),
    contactpersonen: z.preprocess(asList, uuidList),
  })
  .transform(({ versie, ...invoer }) => ({ versie, invoer: { ...invoer, themas: [...new Set(invoer.themas)], contactpersonen: [...new Set(invoer.contactpersonen)] } as OnderdeelInvoer }));

export const onderdeelInvoerSchema = z
  .object({
    soort: z.enum(onderdeelSoorten).openapi({ description: 'Soort onderdeel' }),
    naam: naam.openapi({ description: 'Naam van het onderdeel', example: 'Lectoraat Digitale Overheid' }),
    bovenliggendOnderdeelId: z.uuid().nullable().optional().openapi({ description: 'Id van het bovenliggende onderdeel (binnen dezelfde organisatie)' }),
    beschrijving: z
      .object({ nl: beschrijving.nullable().optional(), en: beschrijving.nullable().optional() })
      .optional()
      .openapi({ description: 'Beschrijving per taal' }),
    themas: z.array(themaCode).max(50).optional().openapi({ description: "Codes van de thema's (zie /themas)" }),
    contactpersoonIds: uuidList.optional().openapi({ description: 'Account-ids van contactpersonen; zij moeten lid zijn van de organisatie' }),
  })
  .openapi('OnderdeelInvoer');

export function invoerFromApi(body: z.infer<typeof onderdeelInvoerSchema>): OnderdeelInvoer {
  return {
    soort: body.soort,
    naam: body.naam,
    bovenliggendId: body.bovenliggendOnderdeelId ?? null,
    beschrijvingNl: body.beschrijving?.nl || null,
    beschrijvingEn: body.beschrijving?.en || null,
    themas: [...new Set(body.themas ?? [])],
    contactpersonen: [...new Set(body.contactpersoonIds ?? [])],
  };
}

export const onderdeelSchema = z
  .object({
    id: z.uuid(),
    organisatieId: z.uuid().openapi({ description: 'De organisatie waar het onderdeel bij hoort' }),
    soort: z.enum(onderdeelSoorten),
    naam: z.string(),
    bovenliggendOnderdeelId: z.uuid().nullable(),
    beschrijving: z.object({ nl: z.string().nullable(), en: z.string().nullable() }).openapi({ description: 'Beschrijving per taal' }),
    themas: z.array(z.object({ code: z.string(), naam: z.string() })).openapi({ description: "Thema's van het onderdeel" }),
    contactpersonen: z
      .array(z.object({ naam: z.string() }))
      .openapi({ description: 'Contactpersonen met een openbaar profiel (alleen de naam)' }),
    webpagina: z.url(),
  })
  .openapi('Onderdeel');
