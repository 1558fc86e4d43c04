import type { Context } from 'hono';
import { PreconditionFailedError, PreconditionRequiredError } from '../platform/errors.ts';

/**
 * Optimistic locking over HTTP (NL API Design Rules; RFC 9110): reads send an ETag made of the
 * resource id and its `versie`; writes must send it back in If-Match. Missing: 428. Stale: 412.
 * A read with If-None-Match of the current ETag gets 304.
 */
export function etagOf(id: string, versie: number): string {
  return `"${id}.${versie}"`;
}

/** Sets the ETag header; answers true when the client's If-None-Match already has this version. */
export function setEtag(c: Context, id: string, versie: number): boolean {
  const etag = etagOf(id, versie);
  c.header('ETag', etag);
  const none = c.req.header('if-none-match');
  return none !== undefined && none.split(',').some((v) => v.trim() === etag || v.trim() === `W/${etag}`);
}

/** The version a write is based on, from If-Match; throws 428 or 412. Returns the expected versie. */
export function requireIfMatch(c: Context, id: string, currentVersie: number): number {
  const header = c.req.header('if-match');
  if (!header) throw new PreconditionRequiredError();
  const tags = header.split(',').map((v) => v.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(etagOf(id, currentVersie))) return currentVersie;
  throw new PreconditionFailedError();
}

/** OpenAPI pieces for ETag/If-Match: the header on reads and the If-Match parameter on writes. */
export const etagHeader = {
  ETag: { description: 'De versie van de resource; stuur hem terug in If-Match bij een wijziging', schema: { type: 'string' as const } },
};
