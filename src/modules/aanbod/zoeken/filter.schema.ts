import { z } from '@hono/zod-openapi';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { isoDate, optionalQuery, pageParam, pageSizeParam, safeText } from '../../../platform/zod-helpers.ts';
import { aanbodSoorten } from '../schema.ts';

/**
 * Filters of the aanbod list (published aanbod only), shared by the page, the saved searches and the
 * API (GET /api/v1/aanbod). Same conventions as the vraagstukken filter.
 */

const code = (what: string) => z.string().regex(/^[a-z0-9-]{1,60}$/, `zoeken.fout.${what}`);

function codeList<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (v) => {
      if (v === undefined || v === null || v === '') return undefined;
      const list = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
      return list.length === 0 ? undefined : [...new Set(list)];
    },
    z.array(item).max(20).optional(),
  );
}

export const aanbodSorteringen = ['relevantie', 'nieuwste', 'deadline'] as const;
export type AanbodSortering = (typeof aanbodSorteringen)[number];

export const aanbodFilterSchema = z.object({
  zoek: optionalQuery(safeText(200)).openapi({
    description: "Zoekterm: Nederlandse en Engelse volledige-tekstzoekopdracht met synoniemen van thema's, tolerant voor typefouten",
    example: 'archivering',
  }),
  soort: codeList(z.enum(aanbodSoorten, 'zoeken.fout.soort')).openapi({ description: 'Soort(en) aanbod' }),
  thema: codeList(code('thema')).openapi({ description: "Code(s) van thema's (zie /themas); herhaal voor 'een van'" }),
  vorm: codeList(code('vorm')).openapi({ description: 'Code(s) van samenwerkingsvormen' }),
  regio: optionalQuery(code('regio')).openapi({ description: 'Code van de regio (aanbod zonder regio is landelijk en telt altijd mee)' }),
  niveau: codeList(z.enum(onderwijsniveaus, 'zoeken.fout.niveau')).openapi({ description: 'Onderwijsniveau(s)' }),
  periodeVan: optionalQuery(isoDate('zoeken.fout.datum')).openapi({ description: 'Begin van de periode; aanbod met een periode die deze overlapt (aanbod zonder periodes telt altijd mee)' }),
  periodeTot: optionalQuery(isoDate('zoeken.fout.datum')).openapi({ description: 'Einde van de periode (YYYY-MM-DD)' }),
  organisatie: optionalQuery(z.string().regex(/^[a-z0-9-]{1,80}$/, 'zoeken.fout.organisatie')).openapi({ description: 'Slug of id van de organisatie' }),
  sort: optionalQuery(z.enum(aanbodSorteringen, 'zoeken.fout.sort')).openapi({
    description: "Sortering: 'relevantie' (standaard bij een zoekterm), 'nieuwste' (standaard zonder) of 'deadline' (intakedeadline)",
  }),
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});
export type AanbodFilter = z.infer<typeof aanbodFilterSchema>;
export const aanbodFilterVelden = ['zoek', 'soort', 'thema', 'vorm', 'regio', 'niveau', 'periodeVan', 'periodeTot', 'organisatie', 'sort', 'page'] as const;
