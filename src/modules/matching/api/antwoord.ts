import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/**
 * A read answered with an ETag that is a hash of the representation itself: suggestions and the
 * algorithm entry have no versie of their own (they are computed from several rows, in the
 * language of Accept-Language, and for suggestions per viewer). 304 when If-None-Match has it.
 */
export function metEtag<T extends object>(c: Context<AppEnv>, body: T, vary: string) {
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
  c.header('ETag', etag);
  c.header('Vary', vary);
  const none = c.req.header('if-none-match');
  const fresh = none !== undefined && none.split(',').some((v) => v.trim() === etag || v.trim() === `W/${etag}`);
  return fresh ? c.body(null, 304) : c.json(body, 200);
}
