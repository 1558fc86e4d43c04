import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { etagHeader, etagOf, requireIfMatch, setEtag } from '../../../api/etag.ts';
import { okResponses, pageEnvelope, pageOf, versionHeader } from '../../../api/openapi-helpers.ts';
import { problemSchema } from '../../../api/problem.ts';
import { isAccount } from '../../../platform/actor.ts';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { listPubliekeProfielen } from '../directory.ts';
import { checkCodes } from '../pages/list.tsx';
import { can } from '../policy.ts';
import { persoonFilterSchema, profielInvoerSchema } from '../profiel.schema.ts';
import { loadProfiel, loadPubliekProfiel } from '../profiel-queries.ts';
import { saveProfile } from '../save-profile.ts';
import { zoekTermenVoor } from '../synoniemen.ts';
import { eigenProfielSchema, persoonSamenvattingSchema, persoonSchema, presentEigen, presentPersoon, presentSamenvatting } from './schemas.ts';

const tags = ['Personen'];

const problem = (description: string) => ({
  description,
  headers: versionHeader,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const withEtag = <T extends Record<string, unknown>>(responses: T) => {
  const ok = (responses as unknown as { 200: { headers: Record<string, unknown> } })[200];
  return { ...responses, 200: { ...ok, headers: { ...ok.headers, ...etagHeader } }, 304: { description: 'Niet gewijzigd sinds de ETag in If-None-Match', headers: { ...versionHeader, ...etagHeader } } };
};

/** The public representation changes with the account (name, type) and with the profile. */
const publicEtagId = (id: string, accountVersie: number) => `${id}.${accountVersie}`;

const idParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van de persoon (het account)' }),
});

export function personenApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/personen',
      operationId: 'listPersonen',
      tags,
      summary: 'Openbare profielen zoeken en bladeren',
      description:
        'Mensen die hun profiel openbaar maakten, met hun organisaties, thema\'s, trefwoorden en expertise. ' +
        'Zoek in het Nederlands en Engels; filter op soort organisatie, regio, thema en soort persoon; gepagineerd. ' +
        'Alleen openbare velden; nooit een e-mailadres.',
      request: { query: persoonFilterSchema },
      responses: okResponses(pageOf(persoonSamenvattingSchema, 'PersoonPagina'), 'Een pagina personen'),
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const { db } = c.var.deps.database;
      const known = await checkCodes(db, filter);
      const invalid = [
        ...(known.regio ? [] : [{ name: 'regio', reason: 'unknown region code; see /api/v1/regios', code: 'invalid_value' }]),
        ...(known.thema ? [] : [{ name: 'thema', reason: 'unknown theme code; see /api/v1/themas', code: 'invalid_value' }]),
      ];
      if (invalid.length) throw new ValidationError(invalid, 'Unknown code');
      const extra = filter.zoek ? await zoekTermenVoor(db, filter.zoek, 'nl') : [];
      const { items, total } = await listPubliekeProfielen(db, filter, extra);
      const { publicUrl } = c.var.deps.config;
      return c.json(pageEnvelope(c.req.url, items.map((row) => presentSamenvatting(row, publicUrl)), filter.page, filter.pageSize, total), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      middleware: [access('public')] as const,
      path: '/personen/{id}',
      operationId: 'getPersoon',
      tags,
      summary: 'Eén openbaar profiel',
      description: 'Een openbaar profiel. Een profiel dat niet openbaar is, bestaat voor de API niet (404).',
      request: { params: idParam },
      responses: withEtag(okResponses(persoonSchema, 'Het profiel', { notFound: true })),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const profiel = await loadPubliekProfiel(c.var.deps.database.db, id);
      if (!profiel || !can(c.var.actor, 'bekijken', profiel)) throw new NotFoundError('No public profile with this id');
      if (setEtag(c, publicEtagId(id, profiel.accountVersie), profiel.versie)) return c.body(null, 304);
      return c.json(presentPersoon(profiel, c.var.deps.config.publicUrl), 200);
    },
  );

  const unauthorized = { 401: problem('Geen of een ongeldig token') };

  api.openapi(
    createRoute({
      method: 'get',
      middleware: [access('account')] as const,
      path: '/mij/profiel',
      operationId: 'getMijnProfiel',
      tags,
      summary: 'Mijn profiel',
      description: 'Het eigen profiel, openbaar of niet, met de ETag voor een wijziging.',
      security: [{ persoonlijkToken: [] }],
      responses: { ...withEtag(okResponses(eigenProfielSchema, 'Het eigen profiel')), ...unauthorized },
    }),
    async (c) => {
      const actor = c.var.actor;
      if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
      const profiel = await loadProfiel(c.var.deps.database.db, actor.accountId);
      if (!profiel) throw new NotFoundError('No such account');
      if (setEtag(c, actor.accountId, profiel.versie)) return c.body(null, 304);
      return c.json(presentEigen(profiel), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      middleware: [access('account', { scope: 'write' })] as const,
      path: '/mij/profiel',
      operationId: 'putMijnProfiel',
      tags,
      summary: 'Mijn profiel wijzigen',
      description:
        'Vervangt het eigen profiel (affiliaties, thema\'s, trefwoorden, expertise, beschikbaarheid, talen, links). ' +
        'Stuur de ETag van GET /mij/profiel mee in If-Match: zonder If-Match volgt 428, met een verouderde 412. ' +
        'Of het profiel openbaar is, stelt de persoon zelf in op de website.',
      security: [{ persoonlijkToken: [] }],
      request: {
        headers: z.object({
          // Optional here: a missing one is answered with 428 (requireIfMatch), not 400.
          'if-match': z.string().max(500).optional().openapi({ description: 'De ETag van de versie die u las (verplicht)' }),
        }),
        body: { required: true, content: { 'application/json': { schema: profielInvoerSchema } } },
      },
      responses: {
        ...withEtag(okResponses(eigenProfielSchema, 'Het opgeslagen profiel')),
        ...unauthorized,
        403: problem('Het token mist de scope write'),
        412: problem('Het profiel is gewijzigd sinds het gelezen werd; lees het opnieuw'),
        428: problem('If-Match ontbreekt'),
      },
    }),
    async (c) => {
      const actor = c.var.actor;
      if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
      const invoer = c.req.valid('json');
      const { db } = c.var.deps.database;
      const huidig = await loadProfiel(db, actor.accountId);
      if (!huidig) throw new NotFoundError('No such account');
      const versie = requireIfMatch(c, actor.accountId, huidig.versie);
      const outcome = await saveProfile(db, { actor, accountId: actor.accountId, versie, invoer, requestId: c.var.requestId });
      if (!outcome.ok && outcome.reden === 'verouderd') throw new PreconditionFailedError();
      if (!outcome.ok) {
        throw new ValidationError(
          outcome.fouten.map((f) => ({ name: f.pad.map((p, i) => (typeof p === 'number' ? `[${p}]` : i > 0 ? `.${p}` : p)).join(''), reason: f.bericht, code: 'invalid_reference' })),
          'Unknown organisation, onderdeel or theme',
        );
      }
      const opgeslagen = await loadProfiel(db, actor.accountId);
      if (!opgeslagen) throw new NotFoundError('No such account');
      c.header('ETag', etagOf(actor.accountId, opgeslagen.versie));
      return c.json(presentEigen(opgeslagen), 200);
    },
  );
}
