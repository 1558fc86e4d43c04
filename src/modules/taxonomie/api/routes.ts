import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { okResponses } from '../../../api/openapi-helpers.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../queries.ts';
import { listOf, regioSchema, samenwerkingsvormSchema, themaSchema } from '../taxonomie.schema.ts';
import { indelingApi } from './indeling.ts';
import { themasApi } from './themas.ts';

const tags = ['Taxonomie'];

export function taxonomieApi(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/regios',
      operationId: 'listRegios',
      tags,
      summary: "Regio's van het partnerschap",
      description: "Alle regio's met de provincies die erin liggen.",
      responses: okResponses(listOf(regioSchema, 'RegioLijst'), "De regio's"),
    }),
    async (c) => c.json({ data: await listRegios(c.var.deps.database.db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/themas',
      operationId: 'listThemas',
      tags,
      summary: "Thema's",
      description: "De gedeelde thema's waarmee vraagstukken, aanbod en expertise worden ingedeeld.",
      responses: okResponses(listOf(themaSchema, 'ThemaLijst'), "De thema's"),
    }),
    async (c) => {
      const rows = await listThemas(c.var.deps.database.db);
      return c.json({ data: rows.map((r) => ({ code: r.code, naam: { nl: r.naamNl, en: r.naamEn } })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/samenwerkingsvormen',
      operationId: 'listSamenwerkingsvormen',
      tags,
      summary: 'Samenwerkingsvormen',
      description: 'De vormen van samenwerking met hun kenmerken: niveaus, typische duur, aantal studenten en diepgang.',
      responses: okResponses(listOf(samenwerkingsvormSchema, 'SamenwerkingsvormLijst'), 'De samenwerkingsvormen'),
    }),
    async (c) => {
      const rows = await listSamenwerkingsvormen(c.var.deps.database.db);
      return c.json(
        {
          data: rows.map((r) => ({
            code: r.code,
            naam: { nl: r.naamNl, en: r.naamEn },
            niveaus: r.niveaus as ('mbo' | 'hbo' | 'wo')[],
            typischeDuurInWeken: { min: r.wekenMin, max: r.wekenMax },
            typischAantalStudenten: { min: r.studentenMin, max: r.studentenMax },
            diepgang: r.diepgang,
          })),
        },
        200,
      );
    },
  );

  themasApi(app);
  indelingApi(app);
}
