import type { Context } from 'hono';
import { setEtag } from '../../../api/etag.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { maySee } from '../policy.ts';
import { vraagstukOphalen, type VraagstukVolledig } from '../queries.ts';
import { presentVraagstuk, resourceVan } from './schemas.ts';

export const tags = ['Vraagstukken'];

/** A vraagstuk as this actor may see it, or 404 (also when it exists but is not visible to them). */
export async function zichtbaarVraagstuk(c: Context<AppEnv>, id: string): Promise<VraagstukVolledig> {
  const v = await vraagstukOphalen(c.var.deps.database.db, id);
  if (!v || !maySee(c.var.actor, resourceVan(v))) throw new NotFoundError('No vraagstuk with this id');
  return v;
}

/**
 * The representation with its ETag. Who sees the details hidden gets another ETag than who sees them
 * all (the same version, another body); only the full one is accepted in If-Match, and only those
 * who see everything may write anyway. Vary: the body depends on the token.
 */
export function metEtag(c: Context<AppEnv>, v: VraagstukVolledig) {
  const body = presentVraagstuk(v, c.var.actor, c.var.deps.config.publicUrl);
  c.header('Vary', 'Authorization');
  const fresh = setEtag(c, body.detailsVerborgen ? `${v.id}.beperkt` : v.id, v.versie);
  return { body, fresh };
}

