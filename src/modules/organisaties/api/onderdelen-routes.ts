import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { versionHeader } from '../../../api/openapi-helpers.ts';
import { NotFoundError, PreconditionFailedError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import type { Db } from '../../../db/client.ts';
import { onderdeelAanmaken } from '../commands/onderdeel-aanmaken.ts';
import { onderdeelBewerken } from '../commands/onderdeel-bewerken.ts';
import { onderdeelVerwijderen } from '../commands/onderdeel-verwijderen.ts';
import { invoerFromApi, onderdeelInvoerSchema, onderdeelSchema } from '../onderdeel.schema.ts';
import { contactpersonenVan, getOnderdeelById, listOnderdelen, themasVan, type Onderdeel } from '../onderdelen-queries.ts';
import { getOrganisatieById } from '../queries.ts';
import { idParams, ifMatchHeader, magOnderdeel, magOrganisatie } from './guard.ts';
import { notModified, problems, withEtag } from './responses.ts';
import { throwVeldFouten } from './write-routes.ts';

const tags = ['Onderdelen'];
const ok = (description: string, schema: z.ZodTypeAny) => ({ description, headers: withEtag, content: { 'application/json': { schema } } });

/** Onderdelen with their themes and public contact people (names only), as the API shows them. */
async function presentAll(db: Db, publicUrl: string, items: Onderdeel[]): Promise<z.infer<typeof onderdeelSchema>[]> {
  if (items.length === 0) return [];
  const ids = items.map((o) => o.id);
  const [themas, personen, organisatie] = await Promise.all([
    themasVan(db, ids),
    contactpersonenVan(db, ids, { alleenOpenbaar: true }),
    getOrganisatieById(db, items[0]!.organisatieId),
  ]);
  return items.map((o) => ({
    id: o.id,
    organisatieId: o.organisatieId,
    soort: o.soort,
    naam: o.naam,
    bovenliggendOnderdeelId: o.bovenliggendId,
    beschrijving: { nl: o.beschrijvingNl, en: o.beschrijvingEn },
    themas: themas.filter((t) => t.onderdeelId === o.id).map((t) => ({ code: t.code, naam: t.naamNl })),
    contactpersonen: personen.filter((p) => p.onderdeelId === o.id).map((p) => ({ naam: p.naam })),
    webpagina: `${publicUrl}/organisaties/${organisatie?.slug ?? ''}/onderdelen/${o.slug}`,
  }));
}

async function presentOne(db: Db, publicUrl: string, o: Onderdeel) {
  return (await presentAll(db, publicUrl, [o]))[0]!;
}

const lijstSchema = z.object({ data: z.array(onderdeelSchema) }).openapi('OnderdeelLijst');

export function onderdelenApi(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/organisaties/{id}/onderdelen',
      middleware: [access('public')] as const,
      operationId: 'listOnderdelen',
      tags,
      summary: 'De onderdelen van een organisatie',
      description: 'Alle onderdelen (faculteiten, lectoraten, directies, ...) van een organisatie, op naam; de boom volgt uit bovenliggendOnderdeelId.',
      request: { params: idParams('de organisatie') },
      responses: { 200: { description: 'De onderdelen', headers: versionHeader, content: { 'application/json': { schema: lijstSchema } } }, ...problems(400, 404, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const organisatie = await getOrganisatieById(db, c.req.valid('param').id);
      if (!organisatie || organisatie.samengevoegdIn) throw new NotFoundError('No organisation with this id');
      return c.json({ data: await presentAll(db, c.var.deps.config.publicUrl, await listOnderdelen(db, organisatie.id)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/onderdelen/{id}',
      middleware: [access('public')] as const,
      operationId: 'getOnderdeel',
      tags,
      summary: 'Eén onderdeel',
      description: 'Een onderdeel met thema\'s en contactpersonen (alleen wie een openbaar profiel heeft, alleen de naam). De ETag is de versie.',
      request: { params: idParams('het onderdeel') },
      responses: { 200: ok('Het onderdeel', onderdeelSchema), ...notModified, ...problems(400, 404, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const row = await getOnderdeelById(db, c.req.valid('param').id);
      if (!row) throw new NotFoundError('No onderdeel with this id');
      if (setEtag(c, row.id, row.versie)) return c.body(null, 304);
      return c.json(await presentOne(db, c.var.deps.config.publicUrl, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/organisaties/{id}/onderdelen',
      middleware: [access('coordinator', { scope: 'write' }), magOrganisatie('onderdelen-beheren')] as const,
      operationId: 'createOnderdeel',
      tags,
      summary: 'Een onderdeel toevoegen',
      description: 'Voegt een onderdeel toe aan een organisatie. Alleen voor een coördinator van de organisatie of een beheerder.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('de organisatie'), body: { required: true, content: { 'application/json': { schema: onderdeelInvoerSchema } } } },
      responses: {
        201: {
          description: 'Het nieuwe onderdeel; Location wijst ernaar',
          headers: { ...withEtag, Location: { description: 'Het adres van het nieuwe onderdeel', schema: { type: 'string' as const } } },
          content: { 'application/json': { schema: onderdeelSchema } },
        },
        ...problems(400, 401, 403, 404, 409, 500),
      },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const { id } = c.req.valid('param');
      const result = await onderdeelAanmaken(db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: id, invoer: invoerFromApi(c.req.valid('json')) });
      if (!result.ok) throwVeldFouten(result.fouten);
      const row = (await getOnderdeelById(db, result.id))!;
      setEtag(c, row.id, row.versie);
      c.header('Location', `/api/v1/onderdelen/${row.id}`);
      return c.json(await presentOne(db, c.var.deps.config.publicUrl, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/onderdelen/{id}',
      middleware: [access('coordinator', { scope: 'write' }), magOnderdeel()] as const,
      operationId: 'updateOnderdeel',
      tags,
      summary: 'Een onderdeel wijzigen',
      description: 'Vervangt de velden van een onderdeel (een weggelaten veld wordt leeggemaakt). If-Match is verplicht: 428 zonder, 412 als het intussen wijzigde.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het onderdeel'), headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: onderdeelInvoerSchema } } } },
      responses: { 200: ok('Het gewijzigde onderdeel, met de nieuwe ETag', onderdeelSchema), ...problems(400, 401, 403, 404, 409, 412, 428, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const current = await getOnderdeelById(db, c.req.valid('param').id);
      if (!current) throw new NotFoundError('No onderdeel with this id');
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await onderdeelBewerken(
        db,
        { actor: c.var.actor, requestId: c.var.requestId },
        { organisatieId: current.organisatieId, onderdeelId: current.id, versie, invoer: invoerFromApi(c.req.valid('json')) },
      );
      if (!result.ok && result.reden === 'verouderd') throw new PreconditionFailedError();
      if (!result.ok && result.reden === 'ongeldig') throwVeldFouten(result.fouten);
      const row = (await getOnderdeelById(db, current.id))!;
      setEtag(c, row.id, row.versie);
      return c.json(await presentOne(db, c.var.deps.config.publicUrl, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/onderdelen/{id}',
      middleware: [access('coordinator', { scope: 'write' }), magOnderdeel()] as const,
      operationId: 'deleteOnderdeel',
      tags,
      summary: 'Een onderdeel verwijderen',
      description: 'Verwijdert een onderdeel; de onderdelen eronder schuiven een niveau op. If-Match is verplicht.',
      security: [{ persoonlijkToken: [] }],
      request: { params: idParams('het onderdeel'), headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd', headers: versionHeader }, ...problems(400, 401, 403, 404, 412, 428, 500) },
    }),
    async (c) => {
      const { db } = c.var.deps.database;
      const current = await getOnderdeelById(db, c.req.valid('param').id);
      if (!current) throw new NotFoundError('No onderdeel with this id');
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await onderdeelVerwijderen(db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: current.organisatieId, onderdeelId: current.id, versie });
      if (!result.ok) throw new PreconditionFailedError();
      return c.body(null, 204);
    },
  );
}
