import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { pageEnvelope, pageLinksSchema, paginationSchema } from '../../../api/openapi-helpers.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { pageParam, pageSizeParam } from '../../../platform/zod-helpers.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { algoritmeId, algoritmeregisterEntry } from '../algoritmeregister.ts';
import { metEtag } from './antwoord.ts';
import { algoritmeSchema, apiLocale, json, notModified, problems, tags, withEtag } from './schemas.ts';

const paginaSchema = z.object({ data: z.array(algoritmeSchema), pagination: paginationSchema, links: pageLinksSchema }).openapi('AlgoritmePagina');
const lijstQuery = z.object({
  page: pageParam.openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: pageSizeParam.openapi({ description: 'Aantal resultaten per pagina (1-100)' }),
});
const idParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .openapi({ param: { name: 'id', in: 'path' }, description: "De id van het algoritme: 'matching'", example: 'matching' }),
});

/**
 * /algoritmes: the platform's algorithms in the fields of the Algoritmeregister publication standard,
 * public, in the language of Accept-Language. There is one (the matching); a list all the same, so
 * that a register or a harvester reads it like any other collection.
 */
export function algoritmesApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/algoritmes',
      middleware: [access('public')] as const,
      operationId: 'listAlgoritmes',
      tags,
      summary: 'De algoritmes van het platform',
      description:
        'De algoritmes van het platform in de velden van de publicatiestandaard van het Algoritmeregister (1.0): nu één, de matching van ' +
        'vraagstukken en aanbod. De tabel met gewichten komt uit de actuele instelling. Teksten in de taal van Accept-Language (nl of en).',
      request: { query: lijstQuery },
      responses: { 200: json(paginaSchema, 'Een pagina algoritmes'), ...problems(400, 500) },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const entry = await algoritmeregisterEntry(c.var.deps.database.db, { locale: apiLocale(c), publicUrl: c.var.deps.config.publicUrl });
      const alle = [entry];
      c.header('Vary', 'Accept-Language');
      return c.json(pageEnvelope(c.req.url, alle.slice((page - 1) * pageSize, page * pageSize), page, pageSize, alle.length), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/algoritmes/{id}',
      middleware: [access('public')] as const,
      operationId: 'getAlgoritme',
      tags,
      summary: 'Eén algoritme',
      description:
        "Het algoritme in de velden van de publicatiestandaard van het Algoritmeregister. id 'matching'. De ETag verandert met de inhoud " +
        '(en dus met de gewichten en de taal).',
      request: { params: idParams },
      responses: { 200: json(algoritmeSchema, 'Het algoritme', withEtag), ...notModified, ...problems(400, 404, 500) },
    }),
    async (c) => {
      if (c.req.valid('param').id !== algoritmeId) throw new NotFoundError('No algorithm with this id');
      const entry = await algoritmeregisterEntry(c.var.deps.database.db, { locale: apiLocale(c), publicUrl: c.var.deps.config.publicUrl });
      return metEtag(c, entry, 'Accept-Language');
    },
  );
}
