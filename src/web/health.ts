import type { Hono } from 'hono';
import { access } from './access.ts';
import type { AppEnv } from './context.ts';

/** Liveness says the process answers; readiness says it can serve: database reachable, not shutting down. */
export function healthRoutes(app: Hono<AppEnv>, isShuttingDown: () => boolean) {
  app.get('/health/live', access('public'), (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/health/ready', access('public'), async (c) => {
    const headers = { 'Cache-Control': 'no-store' };
    if (isShuttingDown()) return c.json({ status: 'unavailable', reason: 'shutting down' }, 503, headers);
    try {
      await Promise.race([
        c.var.deps.database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), 2000).unref()),
      ]);
      return c.json({ status: 'ok', database: c.var.deps.database.kind }, 200, headers);
    } catch (error) {
      c.var.deps.logger.warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'unavailable', reason: 'database' }, 503, headers);
    }
  });
}
