import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Beheer: accounts and platform roles. */
export function beheerPages(_pages: Hono<AppEnv>) {}
