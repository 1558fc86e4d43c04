import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { okResponses } from '../../../api/openapi-helpers.ts';
import { translator } from '../../../platform/i18n.ts';
import { optionalCount, optionalQuery } from '../../../platform/zod-helpers.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { listSamenwerkingsvormen } from '../../taxonomie/index.ts';
import { diepgangen, onderwijsniveaus } from '../../taxonomie/schema.ts';
import { codeList } from '../zoeken/filter.schema.ts';
import { vraagstukLimieten } from '../vraagstuk.schema.ts';
import { adviseerVormen } from '../vormenwijzer.ts';
import { tags } from './zichtbaar.ts';

/**
 * The vormenwijzer as an API: which samenwerkingsvormen fit a question of this duration, depth,
 * level and size, with the reasons written out in Dutch and English (a client shows the one it needs).
 */
const vraagSchema = z.object({
  duurWeken: optionalCount(1, vraagstukLimieten.duurWeken, 'vraagstukken.fouten.duur').openapi({ description: 'Verwachte duur in weken', example: 20 }),
  diepgang: optionalQuery(z.enum(diepgangen, 'vraagstukken.fouten.diepgang')).openapi({ description: 'Hoe diep het werk gaat', example: 'toepassing' }),
  niveau: codeList(z.enum(onderwijsniveaus, 'vraagstukken.fouten.niveau')).openapi({ description: "Onderwijsniveau(s); herhaal voor meer", example: ['hbo-bachelor'] }),
  aantalStudenten: optionalCount(1, vraagstukLimieten.studenten, 'vraagstukken.fouten.studenten').openapi({ description: 'Aantal studenten', example: 4 }),
});

const tekstSchema = z.object({ nl: z.string(), en: z.string() }).openapi('VormenwijzerTekst');
const adviesSchema = z
  .object({
    code: z.string().openapi({ example: 'afstudeeropdracht' }),
    naam: tekstSchema,
    score: z.number().openapi({ example: 5 }),
    maxScore: z.number().openapi({ example: 7 }),
    redenen: z.array(
      z.object({
        past: z.boolean().openapi({ description: 'Waar als dit kenmerk past, onwaar als het afwijkt' }),
        sleutel: z.string().openapi({ description: 'De vertaalsleutel van de reden', example: 'vraagstukken.vormenwijzer.reden.duurPast' }),
        tekst: tekstSchema,
      }),
    ),
  })
  .openapi('VormAdvies');
const vormenwijzerSchema = z
  .object({
    data: z.array(adviesSchema).openapi({ description: 'Passende vormen, best passend eerst' }),
    ontbreekt: z.array(z.enum(['duurWeken', 'diepgang', 'niveau', 'aantalStudenten'])).openapi({ description: 'Gegevens die het advies beter zouden maken' }),
  })
  .openapi('Vormenwijzer');

export function vormenwijzerApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/vormenwijzer',
      middleware: [access('public')] as const,
      operationId: 'getVormenwijzer',
      tags,
      summary: 'Passende samenwerkingsvormen voor een vraagstuk',
      description:
        'Vergelijkt duur, diepgang, niveau en aantal studenten met de kenmerken van elke samenwerkingsvorm (zie /samenwerkingsvormen) ' +
        'en geeft de passende vormen met de redenen, in het Nederlands en het Engels. Zonder enig gegeven is er geen advies.',
      request: { query: vraagSchema },
      responses: okResponses(vormenwijzerSchema, 'Het advies'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const vormen = await listSamenwerkingsvormen(c.var.deps.database.db);
      const { adviezen, ontbreekt } = adviseerVormen(
        { duurWeken: q.duurWeken ?? null, diepgang: q.diepgang ?? null, niveaus: q.niveau ?? [], aantalStudenten: q.aantalStudenten ?? null },
        vormen,
      );
      const nl = translator('nl');
      const en = translator('en');
      return c.json(
        {
          data: adviezen.map((a) => ({
            code: a.vorm.code,
            naam: { nl: a.vorm.naamNl, en: a.vorm.naamEn },
            score: a.score,
            maxScore: a.maxScore,
            redenen: a.redenen.map((r) => ({ past: r.past, sleutel: r.key, tekst: { nl: nl(r.key, r.params), en: en(r.key, r.params) } })),
          })),
          ontbreekt: ontbreekt.map((o) => (o === 'niveaus' ? 'niveau' : o)),
        },
        200,
      );
    },
  );
}
