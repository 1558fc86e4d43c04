import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Memberships, invitations, join requests. */
export function lidmaatschapPages(_pages: Hono<AppEnv>) {}
