import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireIfMatch } from '../../../api/etag.ts';
import { ConflictError, PreconditionFailedError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { vraagstukAanmaken } from '../commands/vraagstuk-aanmaken.ts';
import { vraagstukBewerken } from '../commands/vraagstuk-bewerken.ts';
import { mayEdit } from '../policy.ts';
import { vraagstukOphalen } from '../queries.ts';
import { vraagstukInvoerSchema } from '../vraagstuk.schema.ts';
import { bijlagenApi } from './bijlagen-routes.ts';
import { magVraagstuk } from './guard.ts';
import { lijstApi } from './lijst-routes.ts';
import { transitiesApi } from './transitie-routes.ts';
import { idParams, ifMatchHeader, json, notModified, problems, throwVeldFouten, withEtag } from './responses.ts';
import { metEtag, tags, zichtbaarVraagstuk } from './zichtbaar.ts';
import { vraagstukSchema } from './schemas.ts';
import { vormenwijzerApi } from './vormenwijzer-route.ts';

const ctx = (c: Context<AppEnv>) => ({ actor: c.var.actor, requestId: c.var.requestId });

export function vraagstukkenApi(api: OpenAPIHono<AppEnv>) {
  lijstApi(api);
  vormenwijzerApi(api);

  api.openapi(
    createRoute({
      method: 'post',
      path: '/vraagstukken',
      middleware: [access('account', { scope: 'write' })] as const,
      operationId: 'createVraagstuk',
      tags,
      summary: 'Een vraagstuk aanmaken',
      description:
        'Maakt een vraagstuk aan als concept, voor een rijksorganisatie waarvan u lid bent. Indienen bij de verbinder van de regio ' +
        'gaat daarna met POST /vraagstukken/{id}/indienen. Foutmeldingen in invalidParams zijn vertaalsleutels (locales/<taal>/vraagstukken.json).',
      security: [{ persoonlijkToken: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: vraagstukInvoerSchema } } } },
      responses: {
        201: json(vraagstukSchema, 'Het nieuwe vraagstuk (concept); Location wijst ernaar', {
          ...withEtag,
          Location: { description: 'Het adres van het nieuwe vraagstuk', schema: { type: 'string' as const } },
        }),
        ...problems(400, 401, 403, 500),
      },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const result = await vraagstukAanmaken(db, ctx(c), { invoer: c.req.valid('json') });
      if (!result.ok) throwVeldFouten(result.fouten);
      const v = (await vraagstukOphalen(db, result.id))!;
      c.header('Location', `/api/v1/vraagstukken/${v.id}`);
      return c.json(metEtag(c, v).body, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}',
      middleware: [access('public')] as const,
      operationId: 'getVraagstuk',
      tags,
      summary: 'Eén vraagstuk',
      description:
        'Een vraagstuk met thema\'s, samenwerkingsvormen, periode en contactpersonen. Een concept of ingediend vraagstuk zien alleen ' +
        'de eigenaars en de verbinders van de regio; een vraagstuk voor partners alleen ingelogde partners (anders 404). Bij ' +
        "vertrouwelijkheid 'na-introductie' zijn vraag, resultaat, contactpersonen en bijlagen null (detailsVerborgen) tot een introductie. " +
        'De ETag is de versie: stuur hem in If-None-Match (304) of in If-Match bij een wijziging.',
      request: { params: idParams },
      responses: { 200: json(vraagstukSchema, 'Het vraagstuk', withEtag), ...notModified, ...problems(400, 404, 500) },
    }),
    async (c) => {
      const v = await zichtbaarVraagstuk(c, c.req.valid('param').id);
      const { body, fresh } = metEtag(c, v);
      if (fresh) return c.body(null, 304);
      return c.json(body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/vraagstukken/{id}',
      middleware: [
        access('lid', { scope: 'write' }),
        magVraagstuk(mayEdit, 'Only the owners of this vraagstuk (its creator, contact people, coordinators) may change it'),
      ] as const,
      operationId: 'updateVraagstuk',
      tags,
      summary: 'Een vraagstuk wijzigen',
      description:
        'Vervangt de inhoud van een vraagstuk (een weggelaten veld wordt leeggemaakt). Voor de eigenaars: wie het maakte, de ' +
        'contactpersonen en de coördinatoren van de organisatie. If-Match is verplicht: 428 zonder, 412 als het intussen wijzigde; ' +
        '409 als het vraagstuk gesloten of ingetrokken is.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: vraagstukInvoerSchema } } } },
      responses: { 200: json(vraagstukSchema, 'Het gewijzigde vraagstuk, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const current = await zichtbaarVraagstuk(c, c.req.valid('param').id);
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await vraagstukBewerken(db, ctx(c), { id: current.id, versie, invoer: c.req.valid('json') });
      if (!result.ok) {
        if (result.reden === 'verouderd') throw new PreconditionFailedError();
        if (result.reden === 'niet-bewerkbaar') throw new ConflictError(`A vraagstuk with status '${current.status}' can no longer be changed`);
        throwVeldFouten(result.fouten);
      }
      const v = (await vraagstukOphalen(db, current.id))!;
      return c.json(metEtag(c, v).body, 200);
    },
  );

  transitiesApi(api);
  bijlagenApi(api);
}
