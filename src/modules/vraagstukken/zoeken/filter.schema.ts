import { z } from '@hono/zod-openapi';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { isoDate, optionalQuery, pageParam, pageSizeParam, safeText } from '../../../platform/zod-helpers.ts';

/**
 * Filters of the vraagstukken list, shared by the page, the saved searches and the API
 * (GET /api/v1/vraagstukken). Codes repeat for "any of" (?thema=a&thema=b); different fields combine
 * with AND. The messages are i18n keys of zoeken.json (the page only reports which field was dropped).
 */

const code = (what: string) => z.string().regex(/^[a-z0-9-]{1,60}$/, `zoeken.fout.${what}`);

/** One value or a repeated query parameter, as a list of at most 20 distinct values; '' means none. */
export function codeList<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (v) => {
      if (v === undefined || v === null || v === '') return undefined;
      const list = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
      return list.length === 0 ? undefined : [...new Set(list)];
    },
    z.array(item).max(20).optional(),
  );
}

/** 'open' (default): gepubliceerd and in-gesprek; 'alle': every status visible to the reader. */
export const vraagstukStatusFilters = ['open', 'alle', 'gepubliceerd', 'in-gesprek', 'opgepakt', 'gesloten'] as const;
export type VraagstukStatusFilter = (typeof vraagstukStatusFilters)[number];
export const lijstSorteringen = ['relevantie', 'nieuwste', 'deadline'] as const;
export type LijstSortering = (typeof lijstSorteringen)[number];

/** An organisatie by its slug or its id. */
export const organisatieParam = optionalQuery(z.string().regex(/^[a-z0-9-]{1,80}$/, 'zoeken.fout.organisatie')).openapi({
  description: 'Slug of id van de organisatie',
  example: 'ministerie-van-binnenlandse-zaken',
});

export const vraagstukFilterSchema = z.object({
  zoek: optionalQuery(safeText(200)).openapi({
    description:
      "Zoekterm: Nederlandse en Engelse volledige-tekstzoekopdracht (stemming: 'onderzoeken' vindt 'onderzoek'), " +
      "met synoniemen van thema's, tolerant voor typefouten; \"...\" voor een woordgroep, -woord om uit te sluiten",
    example: 'informatiehuishouding',
  }),
  thema: codeList(code('thema')).openapi({ description: "Code(s) van thema's (zie /themas); herhaal voor 'een van'", example: ['data-en-ai'] }),
  vorm: codeList(code('vorm')).openapi({ description: 'Code(s) van samenwerkingsvormen (zie /samenwerkingsvormen)' }),
  regio: optionalQuery(code('regio')).openapi({ description: 'Code van de regio (zie /regios)', example: 'noord' }),
  niveau: codeList(z.enum(onderwijsniveaus, 'zoeken.fout.niveau')).openapi({ description: 'Onderwijsniveau(s)' }),
  periodeVan: optionalQuery(isoDate('zoeken.fout.datum')).openapi({
    description: 'Begin van de periode; vraagstukken waarvan het venster (vroegste start tot deadline plus duur) deze periode overlapt',
  }),
  periodeTot: optionalQuery(isoDate('zoeken.fout.datum')).openapi({ description: 'Einde van de periode (YYYY-MM-DD)' }),
  organisatie: organisatieParam,
  status: optionalQuery(z.enum(vraagstukStatusFilters, 'zoeken.fout.status'))
    .default('open')
    .openapi({ description: "'open' (gepubliceerd of in gesprek; standaard), 'alle' zichtbare, of één status" }),
  sort: optionalQuery(z.enum(lijstSorteringen, 'zoeken.fout.sort')).openapi({
    description: "Sortering: 'relevantie' (standaard bij een zoekterm), 'nieuwste' (standaard zonder) of 'deadline'",
  }),
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});
export type VraagstukFilter = z.infer<typeof vraagstukFilterSchema>;
/** The query fields of the list page (and of a saved search). */
export const vraagstukFilterVelden = ['zoek', 'thema', 'vorm', 'regio', 'niveau', 'periodeVan', 'periodeTot', 'organisatie', 'status', 'sort', 'page'] as const;
