import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { getThema, type ThemaMetSynoniemen } from '../queries.ts';
import { synoniemToevoegen } from '../synoniem-toevoegen.ts';
import { synoniemVerwijderen } from '../synoniem-verwijderen.ts';
import { themaBijwerken } from '../thema-bijwerken.ts';
import { synoniemInvoerSchema, synoniemSchema, themaDetailSchema, themaWijzigingSchema } from '../taxonomie.schema.ts';
import { deleteResponses, ifMatchSchema, readResponses, writeErrors, writeSecurity, written } from './responses.ts';

const tags = ['Taxonomie'];

export const codeParam = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(50)
    .openapi({ param: { name: 'code', in: 'path' }, description: `De code van ${what}`, example: 'informatiehuishouding' });

const params = z.object({ code: codeParam('het thema') });
const synoniemParams = z.object({
  code: codeParam('het thema'),
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van het synoniem' }),
});

export const writeContext = (c: Context<AppEnv>) => ({ actor: c.var.actor as AccountActor, requestId: c.var.requestId });

function present(t: ThemaMetSynoniemen): z.infer<typeof themaDetailSchema> {
  return {
    code: t.code,
    naam: { nl: t.naamNl, en: t.naamEn },
    beschrijving: { nl: t.beschrijvingNl, en: t.beschrijvingEn },
    synoniemen: t.synoniemen.map((s) => ({ id: s.id, taal: s.taal, term: s.term })),
    versie: t.versie,
  };
}

async function themaOf(c: Context<AppEnv>, code: string): Promise<ThemaMetSynoniemen> {
  const thema = await getThema(c.var.deps.database.db, code);
  if (!thema) throw new NotFoundError('No theme with this code');
  return thema;
}

export function themasApi(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/themas/{code}',
      operationId: 'getThema',
      tags,
      summary: 'Eén thema',
      description: 'Een thema met zijn namen, beschrijvingen en synoniemen in het Nederlands en het Engels. De ETag noemt de versie.',
      request: { params },
      responses: readResponses(themaDetailSchema, 'Het thema'),
    }),
    async (c) => {
      const thema = await themaOf(c, c.req.valid('param').code);
      if (setEtag(c, thema.code, thema.versie)) return c.body(null, 304);
      return c.json(present(thema), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      middleware: [access('beheerder', { scope: 'write' })] as const,
      path: '/themas/{code}',
      operationId: 'updateThema',
      tags,
      summary: 'Een thema wijzigen',
      description:
        'Vervangt namen en beschrijvingen van een thema (alleen voor beheerders). If-Match met de ETag van de gelezen versie is verplicht: ' +
        'zonder If-Match volgt 428, bij een verouderde versie 412. De synoniemen wijzigt u met de synoniemen-operaties.',
      security: writeSecurity,
      request: { params, headers: ifMatchSchema, body: { required: true, content: { 'application/json': { schema: themaWijzigingSchema } } } },
      responses: { 200: written(themaDetailSchema, 'Het gewijzigde thema, met de nieuwe ETag'), ...writeErrors },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await themaOf(c, code);
      const versie = requireIfMatch(c, current.code, current.versie);
      const db = c.var.deps.database.db;
      await themaBijwerken(db, writeContext(c), code, versie, {
        naamNl: body.naam.nl,
        naamEn: body.naam.en,
        beschrijvingNl: body.beschrijving.nl || null,
        beschrijvingEn: body.beschrijving.en || null,
      });
      const thema = await themaOf(c, code);
      setEtag(c, thema.code, thema.versie);
      return c.json(present(thema), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      middleware: [access('beheerder', { scope: 'write' })] as const,
      path: '/themas/{code}/synoniemen',
      operationId: 'addThemaSynoniem',
      tags,
      summary: 'Een synoniem toevoegen aan een thema',
      description:
        'Voegt een synoniem toe (alleen voor beheerders). Een term hoort per taal bij één thema, hoofdletters tellen niet: een bestaande term geeft 409. ' +
        'De synoniemen horen bij het thema: If-Match met de ETag van het thema is verplicht, en de versie van het thema gaat omhoog.',
      security: writeSecurity,
      request: { params, headers: ifMatchSchema, body: { required: true, content: { 'application/json': { schema: synoniemInvoerSchema } } } },
      responses: { 201: written(synoniemSchema, 'Het nieuwe synoniem; ETag is de nieuwe versie van het thema'), ...writeErrors },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await themaOf(c, code);
      const versie = requireIfMatch(c, current.code, current.versie);
      const result = await synoniemToevoegen(c.var.deps.database.db, writeContext(c), { themaCode: code, taal: body.taal, term: body.term, versie });
      setEtag(c, code, result.versie);
      return c.json({ id: result.synoniem.id, taal: result.synoniem.taal, term: result.synoniem.term }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      middleware: [access('beheerder', { scope: 'write' })] as const,
      path: '/themas/{code}/synoniemen/{id}',
      operationId: 'deleteThemaSynoniem',
      tags,
      summary: 'Een synoniem van een thema verwijderen',
      description: 'Verwijdert een synoniem (alleen voor beheerders). If-Match met de ETag van het thema is verplicht; de versie van het thema gaat omhoog.',
      security: writeSecurity,
      request: { params: synoniemParams, headers: ifMatchSchema },
      responses: deleteResponses,
    }),
    async (c) => {
      const { code, id } = c.req.valid('param');
      const current = await themaOf(c, code);
      if (!current.synoniemen.some((s) => s.id === id)) throw new NotFoundError('No synonym with this id in this theme');
      const versie = requireIfMatch(c, current.code, current.versie);
      const result = await synoniemVerwijderen(c.var.deps.database.db, writeContext(c), { themaCode: code, id, versie });
      setEtag(c, code, result.versie);
      return c.body(null, 204);
    },
  );
}
