import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** OpenID Connect login (helper: oidc). */
export function oidcPages(_pages: Hono<AppEnv>) {}
