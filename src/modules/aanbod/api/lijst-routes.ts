import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { okResponses, pageEnvelope, pageLinksSchema, paginationSchema } from '../../../api/openapi-helpers.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { aanbodSoorten } from '../schema.ts';
import { aanbodFilterSchema } from '../zoeken/filter.schema.ts';
import { zoekAanbod, type AanbodLijstItem } from '../zoeken/queries.ts';
import { apiLocale } from './responses.ts';

/** One aanbod item in the list: published aanbod only. */
const lijstItemSchema = z
  .object({
    id: z.uuid(),
    soort: z.enum(aanbodSoorten),
    titelNl: z.string().nullable(),
    titelEn: z.string().nullable(),
    samenvattingNl: z.string().nullable().openapi({ description: 'Het begin van de beschrijving' }),
    samenvattingEn: z.string().nullable(),
    organisatie: z.object({ id: z.uuid(), naam: z.string(), slug: z.string() }).nullable(),
    regio: z.object({ code: z.string(), naam: z.string() }).nullable().openapi({ description: 'null: landelijk' }),
    themaCodes: z.array(z.string()),
    vormCodes: z.array(z.string()),
    niveaus: z.array(z.enum(onderwijsniveaus)),
    opleiding: z.string().nullable(),
    intakeDeadline: z.string().nullable().openapi({ format: 'date' }),
    periodes: z.array(z.object({ label: z.string(), van: z.string().openapi({ format: 'date' }), tot: z.string().openapi({ format: 'date' }) })),
    gepubliceerdOp: z.string().nullable().openapi({ format: 'date-time' }),
    isVoorbeeld: z.boolean(),
    snippet: z.string().nullable().openapi({ description: 'Bij een zoekterm: een stukje tekst met de treffers tussen <mark> en </mark>; verder HTML-geëscapet' }),
    href: z.string().openapi({ description: 'Het pad van het aanbod in de API' }),
  })
  .openapi('AanbodSamenvatting');

const paginaSchema = z
  .object({
    data: z.array(lijstItemSchema),
    pagination: paginationSchema,
    links: pageLinksSchema,
    bedoeld: z.string().nullable().openapi({ description: 'Bij typefouten: de verbeterde zoekterm waarvoor de resultaten gelden' }),
  })
  .openapi('AanbodPagina');

function present(item: AanbodLijstItem): z.infer<typeof lijstItemSchema> {
  return {
    id: item.id,
    soort: item.soort,
    titelNl: item.titelNl,
    titelEn: item.titelEn,
    samenvattingNl: item.samenvattingNl,
    samenvattingEn: item.samenvattingEn,
    organisatie: item.organisatie,
    regio: item.regio,
    themaCodes: item.themaCodes,
    vormCodes: item.vormCodes,
    niveaus: item.niveaus as z.infer<typeof lijstItemSchema>['niveaus'],
    opleiding: item.opleiding,
    intakeDeadline: item.intakeDeadline,
    periodes: item.periodes.map((p) => ({ label: p.label, van: p.van, tot: p.tot })),
    gepubliceerdOp: item.gepubliceerdOp ? item.gepubliceerdOp.toISOString() : null,
    isVoorbeeld: item.isDemo,
    snippet: item.snippet,
    href: `/api/v1/aanbod/${item.id}`,
  };
}

export function aanbodLijstApi(api: OpenAPIHono<AppEnv>, tags: string[]) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/aanbod',
      middleware: [access('public')] as const,
      operationId: 'listAanbod',
      tags,
      summary: 'Aanbod zoeken en bladeren',
      description:
        'Gepubliceerd aanbod van het onderwijs: onderwijs, onderzoekslijnen, studenten die een opdracht zoeken, bijscholing en gastdocenten. ' +
        "Filter op soort, thema, vorm, regio, niveau, periode en organisatie; zoek in het Nederlands en Engels met thema-synoniemen en " +
        'tolerantie voor typefouten; sorteer op relevantie, nieuwste of intakedeadline; gepagineerd. De taal van de fragmenten volgt Accept-Language.',
      request: { query: aanbodFilterSchema },
      responses: okResponses(paginaSchema, 'Een pagina aanbod'),
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const { items, total, totaalIsMinimum, bedoeld } = await zoekAanbod(c.var.deps.database.db, c.var.actor, filter, apiLocale(c));
      c.header('Vary', 'Accept-Language');
      return c.json({ ...pageEnvelope(c.req.url, items.map(present), filter.page, filter.pageSize, total, { minimum: totaalIsMinimum }), bedoeld }, 200);
    },
  );
}
