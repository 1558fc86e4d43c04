import { z } from '@hono/zod-openapi';
import { optionalQuery, pageParam, pageSizeParam, safeText } from '../../platform/zod-helpers.ts';
import { organisatieSoorten, rijksorganisatieTypes } from './schema.ts';

export const organisatieSorteringen = ['naam', '-naam', 'relevantie'] as const;

/** Filters of the organisation list, shared by the page and the API. */
export const organisatieFilterSchema = z.object({
  zoek: optionalQuery(safeText(200)).openapi({
    description: 'Zoekterm: Nederlandse volledige-tekstzoekopdracht op naam en afkorting, tolerant voor typefouten',
    example: 'hogeschool',
  }),
  soort: optionalQuery(z.enum(organisatieSoorten)).openapi({ description: 'Soort organisatie' }),
  regio: optionalQuery(z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a region code')).openapi({
    description: 'Code van de regio (zie /regios)',
    example: 'noord',
  }),
  sort: optionalQuery(z.enum(organisatieSorteringen)).openapi({
    description: "Sortering: 'naam' (A-Z), '-naam' (Z-A) of 'relevantie' (bij een zoekterm; standaard dan)",
  }),
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});
export type OrganisatieFilter = z.infer<typeof organisatieFilterSchema>;

export const regioRefSchema = z
  .object({ code: z.string(), naam: z.string() })
  .openapi('RegioVerwijzing');

export const organisatieSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    afkorting: z.string().nullable(),
    soort: z.enum(organisatieSoorten),
    type: z.enum(rijksorganisatieTypes).nullable(),
    provincie: z.string(),
    regio: regioRefSchema,
    steden: z.array(z.string()),
    bovenliggendeOrganisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
    beschrijving: z
      .object({ nl: z.string().nullable(), en: z.string().nullable(), isVoorbeeld: z.boolean() })
      .openapi({ description: 'Beschrijving per taal; isVoorbeeld is waar voor demo-inhoud' }),
    webpagina: z.url(),
    website: z.string().nullable().optional().openapi({ description: 'Website van de organisatie (https)' }),
    oin: z.string().nullable().optional().openapi({ description: 'Organisatie-identificatienummer (OIN)' }),
    brinCode: z.string().nullable().optional().openapi({ description: 'BRIN-code (instellingscode) van DUO' }),
    rioOnderwijsaanbiederCode: z.string().nullable().optional().openapi({ description: 'RIO-code van de onderwijsaanbieder' }),
    rioOnderwijsbestuurCode: z.string().nullable().optional().openapi({ description: 'RIO-code van het onderwijsbestuur' }),
    logo: z.url().nullable().optional().openapi({ description: 'Adres van het logo, of null zonder logo' }),
    emailDomeinen: z.array(z.string()).optional().openapi({ description: 'E-maildomeinen van de organisatie (alleen bij één organisatie)' }),
    samengevoegdIn: z.uuid().nullable().optional().openapi({ description: 'Bij een samengevoegde dubbele organisatie: de id van de organisatie die bleef' }),
  })
  .openapi('Organisatie');
