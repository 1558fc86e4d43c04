import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Audit log browsing. */
export function auditPages(_pages: Hono<AppEnv>) {}
