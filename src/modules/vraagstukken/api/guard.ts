import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { maySee } from '../policy.ts';
import { isUuid, laadVraagstukKern, type VraagstukKern } from '../resource.ts';

/**
 * The resource check of a write, right after the access gate and before the body is read: someone
 * who may not do this to this vraagstuk hears 403 whatever they sent, and nothing is changed.
 * Someone who may not even see it hears 404, so that a concept's existence does not leak. An id that
 * is no uuid is left to the parameter validation (400).
 */
export function magVraagstuk(mag: (actor: Actor, v: VraagstukKern) => boolean, reden: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (isUuid(id)) {
      const kern = await laadVraagstukKern(c.var.deps.database.db, id);
      if (!kern) throw new NotFoundError('No vraagstuk with this id');
      if (!mag(c.var.actor, kern)) {
        if (!maySee(c.var.actor, kern)) throw new NotFoundError('No vraagstuk with this id');
        throw new ForbiddenError(reden);
      }
    }
    await next();
  };
}
