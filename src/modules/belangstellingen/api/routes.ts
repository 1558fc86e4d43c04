import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { isAccount, type Actor } from '../../../platform/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { isBeoordelaar, isEigenaar, isUuid, laadVraagstukKern, maySee } from '../../vraagstukken/index.ts';
import { belangstellingAntwoordSchema, belangstellingInvoerSchema } from '../belangstelling.schema.ts';
import { belangstellingBeantwoorden } from '../commands/belangstelling-beantwoorden.ts';
import { belangstellingIntrekken } from '../commands/belangstelling-intrekken.ts';
import { belangstellingTonen } from '../commands/belangstelling-tonen.ts';
import { mayAnswerBelangstelling, mayReadBelangstelling, mayWithdrawBelangstelling, type BelangstellingResource } from '../policy.ts';
import { belangstellingenVan, belangstellingenVoorEigenaar, belangstellingenVoorVraagstuk, belangstellingOphalen, type BelangstellingVolledig } from '../queries.ts';
import { idParams, ifMatchHeader, json, notModified, problems, throwVeldFouten, withEtag } from './responses.ts';
import { belangstellingSchema, presentBelangstelling } from './schemas.ts';

const tags = ['Belangstellingen'];
const ctx = (c: Context<AppEnv>) => ({ actor: c.var.actor, requestId: c.var.requestId });

/** The interest as this actor may read it, or 404: nobody else learns that it exists. */
async function leesbaar(c: Context<AppEnv>, id: string): Promise<BelangstellingVolledig> {
  const b = await belangstellingOphalen(c.var.deps.database.db, id);
  if (!b || !mayReadBelangstelling(c.var.actor, b)) throw new NotFoundError('No belangstelling with this id');
  return b;
}

/** The resource check of a write, before the body is read: 404 for who may not read it, 403 for who may not do this. */
function magBelangstelling(mag: (actor: Actor, b: BelangstellingResource) => boolean, reden: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (isUuid(id)) {
      const b = await belangstellingOphalen(c.var.deps.database.db, id);
      if (!b || !mayReadBelangstelling(c.var.actor, b)) throw new NotFoundError('No belangstelling with this id');
      if (!mag(c.var.actor, b)) throw new ForbiddenError(reden);
    }
    await next();
  };
}

const antwoordZonderEtag = (b: BelangstellingVolledig, actor: Actor) => presentBelangstelling({ ...b, resource: b.vraagstuk }, actor);

function antwoord(c: Context<AppEnv>, b: BelangstellingVolledig) {
  c.header('Vary', 'Authorization');
  const fresh = setEtag(c, b.id, b.versie);
  return { body: antwoordZonderEtag(b, c.var.actor), fresh };
}

const rolSchema = z.enum(['belangstellende', 'eigenaar']).openapi({ description: 'belangstellende: u toonde de belangstelling; eigenaar: het gaat om uw vraagstuk' });
const mijnLijstSchema = z
  .object({ data: z.array(belangstellingSchema.extend({ rol: rolSchema }).openapi('MijnBelangstelling')) })
  .openapi('MijnBelangstellingen');
const lijstSchema = z.object({ data: z.array(belangstellingSchema) }).openapi('BelangstellingLijst');

export function belangstellingenApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/belangstellingen',
      middleware: [access('account')] as const,
      operationId: 'listMijnBelangstellingen',
      tags,
      summary: 'Mijn belangstellingen',
      description:
        'Wat u zelf toonde (alle statussen), en de belangstellingen die op antwoord wachten (open, in gesprek) voor de vraagstukken ' +
        'waarvan u eigenaar bent: als maker, contactpersoon of coördinator van de organisatie. Nieuwste eerst.',
      security: [{ persoonlijkToken: [] }],
      responses: { 200: json(mijnLijstSchema, 'De belangstellingen'), ...problems(401, 500) },
    }),
    async (c) => {
      const actor = c.var.actor;
      if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
      const { db } = c.var.deps.database;
      const [eigen, wachtend] = await Promise.all([belangstellingenVan(db, actor.accountId), belangstellingenVoorEigenaar(db, actor)]);
      // The full rows (linked aanbod, the vraagstuk's policy data): a handful per owner.
      const ontvangen = await Promise.all(wachtend.map((b) => belangstellingOphalen(db, b.id)));
      const zelf = { id: actor.accountId, naam: actor.naam, email: null, verwijderd: false };
      return c.json(
        {
          data: [
            ...eigen.map((b) => ({ ...presentBelangstelling({ ...b, persoon: zelf }, actor), rol: 'belangstellende' as const })),
            ...ontvangen.flatMap((b) => (b ? [{ ...antwoordZonderEtag(b, actor), rol: 'eigenaar' as const }] : [])),
          ],
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/vraagstukken/{id}/belangstellingen',
      middleware: [access('account', { scope: 'write' })] as const,
      operationId: 'createBelangstelling',
      tags,
      summary: 'Belangstelling tonen voor een vraagstuk',
      description:
        'Toont belangstelling voor een gepubliceerd vraagstuk (of een in gesprek), met een korte motivatie en eventueel het eigen aanbod ' +
        'waar het bij past. Eén keer per vraagstuk (opnieuw na intrekken); niet voor de eigenaars zelf (403). 409 als het vraagstuk ' +
        'niet meer open is of u al belangstelling toonde.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het vraagstuk'), body: { required: true, content: { 'application/json': { schema: belangstellingInvoerSchema } } } },
      responses: {
        201: json(belangstellingSchema, 'De belangstelling; Location wijst ernaar', {
          ...withEtag,
          Location: { description: 'Het adres van de belangstelling', schema: { type: 'string' as const } },
        }),
        ...problems(400, 401, 403, 404, 409, 500),
      },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const result = await belangstellingTonen(db, ctx(c), { vraagstukId: c.req.valid('param').id, invoer: c.req.valid('json') });
      if (!result.ok) {
        if (result.reden === 'ongeldig') throwVeldFouten(result.fouten);
        if (result.reden === 'eigen-vraagstuk') throw new ForbiddenError('The owners of a vraagstuk do not signal interest in it');
        throw new ConflictError(result.reden === 'al-getoond' ? 'You already signalled interest in this vraagstuk' : 'This vraagstuk is not open for interest');
      }
      const b = (await belangstellingOphalen(db, result.id))!;
      c.header('Location', `/api/v1/belangstellingen/${b.id}`);
      return c.json(antwoord(c, b).body, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/vraagstukken/{id}/belangstellingen',
      middleware: [access('lid')] as const,
      operationId: 'listBelangstellingenVoorVraagstuk',
      tags,
      summary: 'De belangstellingen voor een vraagstuk',
      description: 'Alle belangstellingen voor een vraagstuk, ook ingetrokken, nieuwste eerst. Alleen voor de eigenaars en de verbinders van de regio.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het vraagstuk') },
      responses: { 200: json(lijstSchema, 'De belangstellingen'), ...problems(400, 401, 403, 404, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const kern = await laadVraagstukKern(db, c.req.valid('param').id);
      if (!kern || !maySee(c.var.actor, kern)) throw new NotFoundError('No vraagstuk with this id');
      if (!isEigenaar(c.var.actor, kern) && !isBeoordelaar(c.var.actor, kern)) {
        throw new ForbiddenError('Only the owners of this vraagstuk and the verbinders of its regio see who is interested');
      }
      const rows = await belangstellingenVoorVraagstuk(db, kern.id);
      const kop = { id: kern.id, titelNl: kern.titelNl, titelEn: kern.titelEn };
      return c.json({ data: rows.map((b) => presentBelangstelling({ ...b, vraagstuk: kop, resource: kern }, c.var.actor)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/belangstellingen/{id}',
      middleware: [access('account')] as const,
      operationId: 'getBelangstelling',
      tags,
      summary: 'Eén belangstelling',
      description: 'Voor de belangstellende, de eigenaars van het vraagstuk en de verbinders van de regio; voor anderen bestaat ze niet (404). De ETag is de versie.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('de belangstelling') },
      responses: { 200: json(belangstellingSchema, 'De belangstelling', withEtag), ...notModified, ...problems(400, 401, 404, 500) },
    }),
    async (c) => {
      const { body, fresh } = antwoord(c, await leesbaar(c, c.req.valid('param').id));
      if (fresh) return c.body(null, 304);
      return c.json(body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/belangstellingen/{id}/beantwoorden',
      middleware: [access('account', { scope: 'write' }), magBelangstelling(mayAnswerBelangstelling, 'Only the owners of the vraagstuk answer')] as const,
      operationId: 'beantwoordenBelangstelling',
      tags,
      summary: 'Een belangstelling beantwoorden',
      description:
        'De eigenaar van het vraagstuk antwoordt: in-gesprek, geaccepteerd (de belangstellende ziet dan ook de details van een vraagstuk ' +
        "'na-introductie') of afgewezen (met een reden). If-Match is verplicht; 409 als de belangstelling al beslist of ingetrokken is.",
      security: [{ persoonlijkToken: [] }],
      request: {
        params: idParams('de belangstelling'),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: belangstellingAntwoordSchema } } },
      },
      responses: { 200: json(belangstellingSchema, 'De beantwoorde belangstelling, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
    }),
    async (c) => {
      const current = await leesbaar(c, c.req.valid('param').id);
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await belangstellingBeantwoorden(c.var.deps.database.db, ctx(c), { id: current.id, versie, antwoord: c.req.valid('json') });
      if (!result.ok) {
        if (result.reden === 'verouderd') throw new PreconditionFailedError();
        throw new ConflictError(`A belangstelling with status '${current.status}' can no longer be answered`);
      }
      return c.json(antwoord(c, (await belangstellingOphalen(c.var.deps.database.db, current.id))!).body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/belangstellingen/{id}/intrekken',
      middleware: [access('account', { scope: 'write' }), magBelangstelling((actor, b) => mayWithdrawBelangstelling(actor, b), 'Only the interested person withdraws')] as const,
      operationId: 'intrekkenBelangstelling',
      tags,
      summary: 'Een belangstelling intrekken',
      description: 'De belangstellende trekt de belangstelling in, zolang die open of in gesprek is. If-Match is verplicht; 409 als dat niet meer kan.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('de belangstelling'), headers: ifMatchHeader },
      responses: { 200: json(belangstellingSchema, 'De ingetrokken belangstelling, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
    }),
    async (c) => {
      const current = await leesbaar(c, c.req.valid('param').id);
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await belangstellingIntrekken(c.var.deps.database.db, ctx(c), { id: current.id, versie });
      if (!result.ok) {
        if (result.reden === 'verouderd') throw new PreconditionFailedError();
        throw new ConflictError(`A belangstelling with status '${current.status}' can no longer be withdrawn`);
      }
      return c.json(antwoord(c, (await belangstellingOphalen(c.var.deps.database.db, current.id))!).body, 200);
    },
  );
}
