import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { pageEnvelope, pageOf } from '../../../api/openapi-helpers.ts';
import type { Actor } from '../../../platform/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../../platform/errors.ts';
import { translator } from '../../../platform/i18n.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import type { ActieResult, CommandContext } from '../commands/context.ts';
import { koppelingBeslissen } from '../commands/koppeling-beslissen.ts';
import { koppelingIntrekken } from '../commands/koppeling-intrekken.ts';
import { koppelingIntroduceren } from '../commands/koppeling-introduceren.ts';
import { koppelingVoorstellen } from '../commands/koppeling-voorstellen.ts';
import { accepterenSchema, afwijzenSchema, introducerenSchema, intrekkenSchema, koppelingVoorstelSchema } from '../koppeling.schema.ts';
import { mayBeslissen, mayIntrekken, mayIntroduceren, mayReadKoppeling, type KoppelingResource } from '../policy.ts';
import { koppelingenVoorActor, koppelingGebeurtenissenVan, koppelingOphalen, samenwerkingConceptenVan, samenwerkingConceptVan, type KoppelingVolledig } from '../queries.ts';
import { apiLocale, idParams, ifMatchHeader, json, notModified, problems, throwVeldFouten, withEtag } from './responses.ts';
import { gebeurtenisSchema, koppelingSchema, lijstQuerySchema, presentGebeurtenis, presentKoppeling } from './schemas.ts';

const tags = ['Koppelingen'];
const security = [{ persoonlijkToken: [] }];
const ctx = (c: Context<AppEnv>): CommandContext => ({
  actor: c.var.actor,
  requestId: c.var.requestId,
  mail: { mailer: c.var.deps.mailer, config: c.var.deps.config },
});

/** The koppeling as this actor may read it, or 404: nobody else learns that it exists. */
async function leesbaar(c: Context<AppEnv>, id: string): Promise<KoppelingVolledig> {
  const k = await koppelingOphalen(c.var.deps.database.db, id);
  if (!k || !mayReadKoppeling(c.var.actor, k)) throw new NotFoundError('No koppeling with this id');
  return k;
}

/** The resource check of a write, before the body is read: 404 for who may not read it, 403 for who may not do this. */
function magKoppeling(mag: (actor: Actor, k: KoppelingResource) => boolean, reden: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (isUuid(id)) {
      const k = await koppelingOphalen(c.var.deps.database.db, id);
      if (!k || !mayReadKoppeling(c.var.actor, k)) throw new NotFoundError('No koppeling with this id');
      if (!mag(c.var.actor, k)) throw new ForbiddenError(reden);
    }
    await next();
  };
}

/** The resource with its ETag (the versie) and the samenwerking-concept event, in the client's language. */
async function antwoord(c: Context<AppEnv>, k: KoppelingVolledig) {
  c.header('Vary', 'Authorization, Accept-Language');
  const fresh = setEtag(c, k.id, k.versie);
  const concept = k.status === 'geaccepteerd' ? await samenwerkingConceptVan(c.var.deps.database.db, k.id) : null;
  return { body: presentKoppeling(k, c.var.actor, translator(apiLocale(c)), concept), fresh };
}

type Stap = {
  pad: 'introduceren' | 'accepteren' | 'afwijzen' | 'intrekken';
  operationId: string;
  summary: string;
  description: string;
  mag: (actor: Actor, k: KoppelingResource) => boolean;
  weigering: string;
  schema: z.ZodType;
  verplicht: boolean;
  run: (c: Context<AppEnv>, k: KoppelingVolledig, versie: number, body: Record<string, unknown>) => Promise<ActieResult>;
};

const stappen: Stap[] = [
  {
    pad: 'introduceren',
    operationId: 'introducerenKoppeling',
    summary: 'Een voorgestelde koppeling introduceren',
    description:
      'De verbinder van de regio (of een beheerder) introduceert een voorgestelde koppeling: beide partijen krijgen een e-mail met de context, ' +
      'de toelichting en de uitleg, en beslissen daarna. De toelichting is verplicht als het voorstel er nog geen had. If-Match is verplicht; 409 als de koppeling niet (meer) voorgesteld is.',
    mag: mayIntroduceren,
    weigering: 'Only the verbinder of the regio introduces',
    schema: introducerenSchema,
    verplicht: false,
    run: (c, k, versie, body) => koppelingIntroduceren(c.var.deps.database.db, ctx(c), { id: k.id, versie, invoer: body as z.infer<typeof introducerenSchema> }),
  },
  {
    pad: 'accepteren',
    operationId: 'accepterenKoppeling',
    summary: 'Een koppeling accepteren namens een partij',
    description:
      'Iemand van de vraagzijde of de aanbodzijde accepteert, met een optionele toelichting. Wie bij beide partijen hoort, geeft zijde mee. ' +
      'Als beide partijen accepteerden, wordt de status geaccepteerd en wordt een concept-samenwerking vastgelegd (samenwerkingConcept). If-Match is verplicht.',
    mag: mayBeslissen,
    weigering: 'Only the people of one of the two sides decide',
    schema: accepterenSchema,
    verplicht: false,
    run: (c, k, versie, body) => koppelingBeslissen(c.var.deps.database.db, ctx(c), { id: k.id, versie, besluit: 'geaccepteerd', invoer: body as z.infer<typeof accepterenSchema> }),
  },
  {
    pad: 'afwijzen',
    operationId: 'afwijzenKoppeling',
    summary: 'Een koppeling afwijzen namens een partij',
    description: 'Iemand van de vraagzijde of de aanbodzijde wijst af, met een verplichte reden; de koppeling is daarmee afgewezen. If-Match is verplicht.',
    mag: mayBeslissen,
    weigering: 'Only the people of one of the two sides decide',
    schema: afwijzenSchema,
    verplicht: true,
    run: (c, k, versie, body) => koppelingBeslissen(c.var.deps.database.db, ctx(c), { id: k.id, versie, besluit: 'afgewezen', invoer: body as z.infer<typeof afwijzenSchema> }),
  },
  {
    pad: 'intrekken',
    operationId: 'intrekkenKoppeling',
    summary: 'Een koppeling intrekken',
    description: 'Wie de koppeling voorstelde, of de verbinder, trekt haar in zolang zij voorgesteld of geïntroduceerd is (reden optioneel). If-Match is verplicht.',
    mag: mayIntrekken,
    weigering: 'Only the proposer or the verbinder of the regio withdraws',
    schema: intrekkenSchema,
    verplicht: false,
    run: (c, k, versie, body) => koppelingIntrekken(c.var.deps.database.db, ctx(c), { id: k.id, versie, reden: (body as z.infer<typeof intrekkenSchema>).reden }),
  },
];

const paginaSchema = pageOf(koppelingSchema, 'KoppelingPagina');

export function koppelingenApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/koppelingen',
      middleware: [access('account')] as const,
      operationId: 'listKoppelingen',
      tags,
      summary: 'Koppelingen',
      description:
        'De koppelingen waarbij u partij bent (vraagzijde of aanbodzijde) of die u voorstelde; voor een verbinder ook die van de vraagstukken ' +
        'in de eigen regio; voor een beheerder alle. Filter op status en vraagstuk; laatst gewijzigd eerst; gepagineerd.',
      security,
      request: { query: lijstQuerySchema },
      responses: { 200: json(paginaSchema, 'Een pagina koppelingen'), ...problems(400, 401, 500) },
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const { db } = c.var.deps.database;
      const { items, total } = await koppelingenVoorActor(db, c.var.actor, filter);
      const concepten = await samenwerkingConceptenVan(
        db,
        items.filter((k) => k.status === 'geaccepteerd').map((k) => k.id),
      );
      const t = translator(apiLocale(c));
      c.header('Vary', 'Authorization, Accept-Language');
      const data = items.map((k) => presentKoppeling(k, c.var.actor, t, concepten.get(k.id) ?? null));
      return c.json(pageEnvelope(c.req.url, data, filter.page, filter.pageSize, total), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/koppelingen',
      middleware: [access('account', { scope: 'write' })] as const,
      operationId: 'createKoppeling',
      tags,
      summary: 'Een koppeling voorstellen',
      description:
        'Stelt een koppeling voor tussen een vraagstuk (gepubliceerd of in gesprek) en aanbod, een onderdeel of een persoon met een openbaar profiel. ' +
        'Een verbinder van de regio stelt voor ter beoordeling, of introduceert meteen (direct: true). De eigenaar van het vraagstuk of van het aanbod ' +
        'introduceert meteen, met de eigen kant geaccepteerd. Een introductie vraagt een toelichting. 403 voor wie geen partij en geen verbinder is; ' +
        '409 als het vraagstuk niet open is of er al een lopende koppeling voor dit paar is.',
      security,
      request: { body: { required: true, content: { 'application/json': { schema: koppelingVoorstelSchema } } } },
      responses: {
        201: json(koppelingSchema, 'De koppeling; Location wijst ernaar', { ...withEtag, Location: { description: 'Het adres van de koppeling', schema: { type: 'string' as const } } }),
        ...problems(400, 401, 403, 404, 409, 500),
      },
    }),
    async (c) => {
      const result = await koppelingVoorstellen(c.var.deps.database.db, ctx(c), c.req.valid('json'));
      if (!result.ok) {
        if (result.reden === 'ongeldig') throwVeldFouten(result.fouten);
        throw new ConflictError(result.reden === 'bestaat-al' ? `This pair already has a live koppeling: /api/v1/koppelingen/${result.bestaandeId}` : 'This vraagstuk is not open for koppelingen');
      }
      const k = (await koppelingOphalen(c.var.deps.database.db, result.id))!;
      c.header('Location', `/api/v1/koppelingen/${k.id}`);
      return c.json((await antwoord(c, k)).body, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/koppelingen/{id}',
      middleware: [access('account')] as const,
      operationId: 'getKoppeling',
      tags,
      summary: 'Eén koppeling',
      description:
        'Voor beide partijen, de verbinders van de regio en beheerders; voor anderen bestaat zij niet (404). Met de uitleg van het platform, de besluiten ' +
        'en, zodra beide partijen accepteerden, de vastgelegde concept-samenwerking. De ETag is de versie.',
      security,
      request: { params: idParams },
      responses: { 200: json(koppelingSchema, 'De koppeling', withEtag), ...notModified, ...problems(400, 401, 404, 500) },
    }),
    async (c) => {
      const { body, fresh } = await antwoord(c, await leesbaar(c, c.req.valid('param').id));
      if (fresh) return c.body(null, 304);
      return c.json(body, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/koppelingen/{id}/gebeurtenissen',
      middleware: [access('account')] as const,
      operationId: 'listKoppelingGebeurtenissen',
      tags,
      summary: 'De geschiedenis van een koppeling',
      description: 'Elke stap (voorgesteld, geïntroduceerd, de besluiten, ingetrokken), oudste eerst, met wie hem zette en het bericht of de reden.',
      security,
      request: { params: idParams },
      responses: { 200: json(z.object({ data: z.array(gebeurtenisSchema) }).openapi('KoppelingGebeurtenissen'), 'De geschiedenis'), ...problems(400, 401, 404, 500) },
    }),
    async (c) => {
      const k = await leesbaar(c, c.req.valid('param').id);
      return c.json({ data: (await koppelingGebeurtenissenVan(c.var.deps.database.db, k.id)).map(presentGebeurtenis) }, 200);
    },
  );

  for (const stap of stappen) {
    api.openapi(
      createRoute({
        method: 'post',
        path: `/koppelingen/{id}/${stap.pad}`,
        middleware: [access('account', { scope: 'write' }), magKoppeling(stap.mag, stap.weigering)] as const,
        operationId: stap.operationId,
        tags,
        summary: stap.summary,
        description: stap.description,
        security,
        request: { params: idParams, headers: ifMatchHeader, body: { required: stap.verplicht, content: { 'application/json': { schema: stap.schema } } } },
        responses: { 200: json(koppelingSchema, 'De koppeling na deze stap, met de nieuwe ETag', withEtag), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
      }),
      async (c) => {
        const current = await leesbaar(c, c.req.valid('param').id);
        const versie = requireIfMatch(c, current.id, current.versie);
        const result = await stap.run(c, current, versie, c.req.valid('json') as Record<string, unknown>);
        if (!result.ok) {
          if (result.reden === 'verouderd') throw new PreconditionFailedError();
          if (result.reden === 'ongeldig') throwVeldFouten(result.fouten);
          throw new ConflictError(`A koppeling with status '${current.status}' cannot be ${stap.pad === 'intrekken' ? 'withdrawn' : stap.pad === 'introduceren' ? 'introduced' : 'decided'} by you now`);
        }
        return c.json((await antwoord(c, (await koppelingOphalen(c.var.deps.database.db, current.id))!)).body, 200);
      },
    );
  }
}
