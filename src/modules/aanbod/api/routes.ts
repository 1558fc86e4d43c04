import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { versionHeader } from '../../../api/openapi-helpers.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../../platform/errors.ts';
import { optionalQuery } from '../../../platform/zod-helpers.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { aanbodInvoerSchema } from '../aanbod.schema.ts';
import { aanbodAanmaken } from '../commands/aanbod-aanmaken.ts';
import { aanbodBewerken } from '../commands/aanbod-bewerken.ts';
import { aanbodStatusWijzigen } from '../commands/aanbod-status-wijzigen.ts';
import { aanbodVerwijderen } from '../commands/aanbod-verwijderen.ts';
import { mayEditAanbod, maySeeAanbod } from '../policy.ts';
import { aanbodOphalen, type AanbodVolledig } from '../queries.ts';
import { aanbodLijstApi } from './lijst-routes.ts';
import { idParams, ifMatchHeader, json, notModified, problems, throwVeldFouten, withEtag } from './responses.ts';
import { aanbodSchema, presentAanbod } from './schemas.ts';

const tags = ['Aanbod'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ctx = (c: Context<AppEnv>) => ({ actor: c.var.actor, requestId: c.var.requestId });

/** The item as this actor may see it, or 404 (a concept of someone else does not exist for them). */
async function zichtbaar(c: Context<AppEnv>, id: string): Promise<AanbodVolledig> {
  const a = await aanbodOphalen(c.var.deps.database.db, id, c.var.actor);
  if (!a || !maySeeAanbod(c.var.actor, a)) throw new NotFoundError('No aanbod with this id');
  return a;
}

/**
 * The resource check of a write, before the body is read: who may not change this item hears 403
 * whatever they sent (404 when they may not even see it).
 */
const magAanbod: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = c.req.param('id') ?? '';
  if (uuid.test(id)) {
    const a = await aanbodOphalen(c.var.deps.database.db, id, c.var.actor);
    if (!a || !maySeeAanbod(c.var.actor, a)) throw new NotFoundError('No aanbod with this id');
    if (!mayEditAanbod(c.var.actor, a)) throw new ForbiddenError('Only who posted this aanbod, a coordinator of its organisatie or a beheerder may change it');
  }
  await next();
};

function antwoord(c: Context<AppEnv>, a: AanbodVolledig) {
  c.header('Vary', 'Authorization');
  const fresh = setEtag(c, a.id, a.versie);
  return { body: presentAanbod(a, c.var.actor, c.var.deps.config.publicUrl), fresh };
}


export function aanbodApi(api: OpenAPIHono<AppEnv>) {
  aanbodLijstApi(api, tags);

  api.openapi(
    createRoute({
      method: 'post',
      path: '/aanbod',
      middleware: [access('account', { scope: 'write' })] as const,
      operationId: 'createAanbod',
      tags,
      summary: 'Aanbod plaatsen',
      description:
        'Plaatst onderwijs, een onderzoekslijn, studenten die een opdracht zoeken, een bijscholing of een gastdocent. Onderwijs, ' +
        'onderzoekslijn en bijscholing horen bij een onderwijsinstelling waarvan u lid bent. Zonder publiceren=true blijft het een concept. ' +
        'Foutmeldingen in invalidParams zijn vertaalsleutels (locales/<taal>/aanbod.json).',
      security: [{ persoonlijkToken: [] }],
      request: {
        query: z.object({
          publiceren: optionalQuery(z.enum(['true', 'false'])).openapi({ description: 'true: meteen publiceren', example: 'true' }),
        }),
        body: { required: true, content: { 'application/json': { schema: aanbodInvoerSchema } } },
      },
      responses: {
        201: json(aanbodSchema, 'Het nieuwe aanbod; Location wijst ernaar', {
          ...withEtag,
          Location: { description: 'Het adres van het nieuwe aanbod', schema: { type: 'string' as const } },
        }),
        ...problems(400, 401, 403, 500),
      },
    }),
    async (c) => {
      const result = await aanbodAanmaken(c.var.deps.database.db, ctx(c), { invoer: c.req.valid('json'), publiceren: c.req.valid('query').publiceren === 'true' });
      if (!result.ok) throwVeldFouten(result.fouten);
      const a = (await aanbodOphalen(c.var.deps.database.db, result.id, c.var.actor))!;
      c.header('Location', `/api/v1/aanbod/${a.id}`);
      return c.json(antwoord(c, a).body, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/aanbod/{id}',
      middleware: [access('public')] as const,
      operationId: 'getAanbod',
      tags,
      summary: 'Eén aanbod',
      description: 'Gepubliceerd aanbod is openbaar; een concept of gearchiveerd aanbod ziet alleen wie het mag wijzigen (anders 404). De ETag is de versie.',
      request: { params: idParams },
      responses: { 200: json(aanbodSchema, 'Het aanbod', withEtag), ...notModified, ...problems(400, 404, 500) },
    }),
    async (c) => {
      const { body, fresh } = antwoord(c, await zichtbaar(c, c.req.valid('param').id));
      if (fresh) return c.body(null, 304);
      return c.json(body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/aanbod/{id}',
      middleware: [access('account', { scope: 'write' }), magAanbod] as const,
      operationId: 'updateAanbod',
      tags,
      summary: 'Aanbod wijzigen',
      description: 'Vervangt de inhoud (een weggelaten veld wordt leeggemaakt); de status blijft. If-Match is verplicht: 428 zonder, 412 als het intussen wijzigde.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: aanbodInvoerSchema } } } },
      responses: { 200: json(aanbodSchema, 'Het gewijzigde aanbod, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 412, 428, 500) },
    }),
    async (c) => {
      const current = await zichtbaar(c, c.req.valid('param').id);
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await aanbodBewerken(c.var.deps.database.db, ctx(c), { id: current.id, versie, invoer: c.req.valid('json') });
      if (!result.ok) {
        if (result.reden === 'verouderd') throw new PreconditionFailedError();
        throwVeldFouten(result.fouten);
      }
      return c.json(antwoord(c, (await aanbodOphalen(c.var.deps.database.db, current.id, c.var.actor))!).body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/aanbod/{id}',
      middleware: [access('account', { scope: 'write' }), magAanbod] as const,
      operationId: 'deleteAanbod',
      tags,
      summary: 'Aanbod verwijderen',
      description: 'Verwijdert het aanbod; belangstellingen die ernaar verwezen houden hun motivatie maar verliezen de verwijzing. If-Match is verplicht.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams, headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd', headers: versionHeader }, ...problems(400, 401, 403, 404, 412, 428, 500) },
    }),
    async (c) => {
      const current = await zichtbaar(c, c.req.valid('param').id);
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await aanbodVerwijderen(c.var.deps.database.db, ctx(c), { id: current.id, versie });
      if (!result.ok) throw new PreconditionFailedError();
      return c.body(null, 204);
    },
  );

  const statusOperaties = [
    { pad: 'publiceren', status: 'gepubliceerd', operationId: 'publicerenAanbod', summary: 'Aanbod publiceren', description: 'Publiceert een concept, of maakt gearchiveerd aanbod weer zichtbaar.' },
    { pad: 'archiveren', status: 'gearchiveerd', operationId: 'archiverenAanbod', summary: 'Aanbod archiveren', description: 'Haalt gepubliceerd aanbod uit de lijsten; het blijft bewaard en kan weer gepubliceerd worden.' },
  ] as const;
  for (const op of statusOperaties) {
    api.openapi(
      createRoute({
        method: 'post',
        path: `/aanbod/{id}/${op.pad}`,
        middleware: [access('account', { scope: 'write' }), magAanbod] as const,
        operationId: op.operationId,
        tags,
        summary: op.summary,
        description: `${op.description} If-Match is verplicht: 428 zonder, 412 als het intussen wijzigde; 409 als het in de huidige status niet kan.`,
        security: [{ persoonlijkToken: [] }],
        request: { params: idParams, headers: ifMatchHeader },
        responses: { 200: json(aanbodSchema, 'Het aanbod in zijn nieuwe status, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
      }),
      async (c) => {
        const current = await zichtbaar(c, c.req.valid('param').id);
        const versie = requireIfMatch(c, current.id, current.versie);
        const result = await aanbodStatusWijzigen(c.var.deps.database.db, ctx(c), { id: current.id, versie, status: op.status });
        if (!result.ok) {
          if (result.reden === 'verouderd') throw new PreconditionFailedError();
          throw new ConflictError(`Aanbod with status '${current.status}' cannot become '${op.status}'`);
        }
        return c.json(antwoord(c, (await aanbodOphalen(c.var.deps.database.db, current.id, c.var.actor))!).body, 200);
      },
    );
  }
}
