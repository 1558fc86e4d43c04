import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { getOnderdeelById } from '../onderdelen-queries.ts';
import { can, type OrganisatieActie } from '../policy.ts';
import { getOrganisatieById } from '../queries.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The resource check of the write operations, run right after the access gate and before the body
 * is validated: someone who may not touch this organisatie hears 403, whatever they sent. An id
 * that is no uuid is left to the parameter validation (400).
 */
export function magOrganisatie(action: OrganisatieActie): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (uuid.test(id)) {
      const row = await getOrganisatieById(c.var.deps.database.db, id);
      if (!row || row.samengevoegdIn) throw new NotFoundError('No organisation with this id');
      if (!can(c.var.actor, action, { organisatieId: row.id })) throw new ForbiddenError('Only a coordinator of this organisation or a beheerder may change it');
    }
    await next();
  };
}

/** The same for /onderdelen/{id}: the onderdeel's organisatie decides. */
export function magOnderdeel(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (uuid.test(id)) {
      const row = await getOnderdeelById(c.var.deps.database.db, id);
      if (!row) throw new NotFoundError('No onderdeel with this id');
      if (!can(c.var.actor, 'onderdelen-beheren', { organisatieId: row.organisatieId })) {
        throw new ForbiddenError('Only a coordinator of its organisation or a beheerder may change this onderdeel');
      }
    }
    await next();
  };
}

export const idParams = (what: string) =>
  z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: `De id van ${what}` }) });

export const ifMatchHeader = z.object({
  'if-match': z.string().max(500).optional().openapi({ description: 'If-Match: de ETag van de versie die u las (verplicht)' }),
});
