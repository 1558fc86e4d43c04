import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client's IP address, for rate limits. Behind a reverse proxy, set it to overwrite
 * X-Forwarded-For with the real address; a request without a socket (tests) counts as 'lokaal'.
 */
export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'lokaal';
  } catch {
    return 'lokaal';
  }
}
