import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { okResponses, pageEnvelope, pageLinksSchema, paginationSchema } from '../../../api/openapi-helpers.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { vertrouwelijkheden, vraagstukStatussen } from '../schema.ts';
import { vraagstukFilterSchema } from '../zoeken/filter.schema.ts';
import { zoekVraagstukken, type VraagstukLijstItem } from '../zoeken/queries.ts';
import { apiLocale } from './responses.ts';
import { tags } from './zichtbaar.ts';

/** One vraagstuk in the list: the summary that everyone who may see it at all may see. */
const lijstItemSchema = z
  .object({
    id: z.uuid(),
    titelNl: z.string().nullable(),
    titelEn: z.string().nullable(),
    samenvattingNl: z.string().nullable().openapi({ description: 'Het begin van de context' }),
    samenvattingEn: z.string().nullable(),
    organisatie: z.object({ id: z.uuid(), naam: z.string(), slug: z.string() }),
    regio: z.object({ code: z.string(), naam: z.string() }),
    landelijk: z.boolean(),
    themaCodes: z.array(z.string()),
    vormCodes: z.array(z.string()),
    niveaus: z.array(z.enum(onderwijsniveaus)),
    vroegsteStart: z.string().nullable().openapi({ format: 'date' }),
    deadline: z.string().nullable().openapi({ format: 'date' }),
    duurWeken: z.number().int().nullable(),
    vertrouwelijkheid: z.enum(vertrouwelijkheden),
    status: z.enum(vraagstukStatussen),
    gepubliceerdOp: z.string().nullable().openapi({ format: 'date-time' }),
    isVoorbeeld: z.boolean(),
    snippet: z.string().nullable().openapi({
      description: 'Bij een zoekterm: een stukje tekst met de treffers tussen <mark> en </mark>; verder HTML-geëscapet',
      example: 'Hoe verbeteren we de <mark>informatiehuishouding</mark> van ...',
    }),
    href: z.string().openapi({ description: 'Het pad van het vraagstuk in de API' }),
  })
  .openapi('VraagstukSamenvatting');

const paginaSchema = z
  .object({
    data: z.array(lijstItemSchema),
    pagination: paginationSchema,
    links: pageLinksSchema,
    bedoeld: z.string().nullable().openapi({ description: 'Bij typefouten: de verbeterde zoekterm waarvoor de resultaten gelden', example: 'informatiehuishouding' }),
  })
  .openapi('VraagstukPagina');

function present(item: VraagstukLijstItem): z.infer<typeof lijstItemSchema> {
  return {
    id: item.id,
    titelNl: item.titelNl,
    titelEn: item.titelEn,
    samenvattingNl: item.samenvattingNl,
    samenvattingEn: item.samenvattingEn,
    organisatie: item.organisatie,
    regio: item.regio,
    landelijk: item.landelijk,
    themaCodes: item.themaCodes,
    vormCodes: item.vormCodes,
    niveaus: item.niveaus as z.infer<typeof lijstItemSchema>['niveaus'],
    vroegsteStart: item.vroegsteStart,
    deadline: item.deadline,
    duurWeken: item.duurWeken,
    vertrouwelijkheid: item.vertrouwelijkheid,
    status: item.status,
    gepubliceerdOp: item.gepubliceerdOp ? item.gepubliceerdOp.toISOString() : null,
    isVoorbeeld: item.isDemo,
    snippet: item.snippet,
    href: `/api/v1/vraagstukken/${item.id}`,
  };
}

export function lijstApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken',
      middleware: [access('public')] as const,
      operationId: 'listVraagstukken',
      tags,
      summary: 'Vraagstukken zoeken en bladeren',
      description:
        'Gepubliceerde vraagstukken van rijksorganisaties (en met een token ook die voor partners, en de eigen concepten bij status=alle). ' +
        "Filter op thema, samenwerkingsvorm, regio, niveau, periode, organisatie en status; zoek in het Nederlands en Engels met thema-synoniemen " +
        'en tolerantie voor typefouten; sorteer op relevantie, nieuwste of deadline; gepagineerd. De taal van de fragmenten volgt Accept-Language.',
      request: { query: vraagstukFilterSchema },
      responses: okResponses(paginaSchema, 'Een pagina vraagstukken'),
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const { items, total, totaalIsMinimum, bedoeld } = await zoekVraagstukken(c.var.deps.database.db, c.var.actor, filter, apiLocale(c));
      c.header('Vary', 'Authorization, Accept-Language');
      return c.json({ ...pageEnvelope(c.req.url, items.map(present), filter.page, filter.pageSize, total, { minimum: totaalIsMinimum }), bedoeld }, 200);
    },
  );
}
