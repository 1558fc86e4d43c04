import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { requireIfMatch, setEtag } from '../../../api/etag.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../../../platform/errors.ts';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import type { VeldFout } from '../commands/context.ts';
import { organisatieBewerken } from '../commands/organisatie-bewerken.ts';
import { organisatieSchema } from '../organisatie.schema.ts';
import { organisatieWijzigingSchema, wijzigingFromApi } from '../organisatie-wijziging.schema.ts';
import { getOrganisatieById, listDomeinen } from '../queries.ts';
import { translator } from '../../../platform/i18n.ts';
import { idParams, ifMatchHeader, magOrganisatie } from './guard.ts';
import { problems, withEtag } from './responses.ts';
import { present } from './routes.ts';

// API field names where they differ from the command's.
const apiVeld: Record<string, string> = { bovenliggendeId: 'bovenliggendeOrganisatieId' };

/** Refusals that need the data: a conflict with another organisatie is 409, an invalid reference 400. */
export function throwVeldFouten(fouten: VeldFout[]): never {
  const t = translator('en');
  const invalidParams = fouten.map((f) => ({ name: apiVeld[f.veld] ?? f.veld, reason: t(f.key, f.params), code: f.soort }));
  if (fouten.some((f) => f.soort === 'conflict')) throw new ConflictError(invalidParams.map((p) => p.reason).join(' '));
  throw new ValidationError(invalidParams, 'One or more fields are invalid');
}

export function organisatieWriteApi(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'put',
      path: '/organisaties/{id}',
      middleware: [access('coordinator', { scope: 'write' }), magOrganisatie('bewerken')] as const,
      operationId: 'updateOrganisatie',
      tags: ['Organisaties'],
      summary: 'Een organisatie wijzigen',
      description:
        'Vervangt de bewerkbare velden van een organisatie (een weggelaten veld wordt leeggemaakt). ' +
        'Alleen voor een coördinator van de organisatie of een beheerder; de soort wijzigt alleen een beheerder. ' +
        'If-Match met de ETag van de gelezen versie is verplicht: 428 zonder, 412 als iemand anders intussen wijzigde.',
      security: [{ persoonlijkToken: [] }],
      request: {
        params: idParams('de organisatie'),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: organisatieWijzigingSchema } } },
      },
      responses: {
        200: { description: 'De gewijzigde organisatie, met de nieuwe ETag', headers: withEtag, content: { 'application/json': { schema: organisatieSchema } } },
        ...problems(400, 401, 403, 404, 409, 412, 428, 500),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { db } = c.var.deps.database;
      const current = await getOrganisatieById(db, id);
      if (!current || current.samengevoegdIn) throw new NotFoundError('No organisation with this id');
      const versie = requireIfMatch(c, current.id, current.versie);
      const result = await organisatieBewerken(
        db,
        { actor: c.var.actor, requestId: c.var.requestId },
        { organisatieId: current.id, versie, wijziging: wijzigingFromApi(c.req.valid('json')) },
      );
      if (!result.ok && result.reden === 'verouderd') throw new PreconditionFailedError();
      if (!result.ok && result.reden === 'ongeldig') throwVeldFouten(result.fouten);
      const row = (await getOrganisatieById(db, current.id))!;
      setEtag(c, row.id, row.versie);
      return c.json(present(row, c.var.deps.config.publicUrl, await listDomeinen(db, row.id)), 200);
    },
  );
}
