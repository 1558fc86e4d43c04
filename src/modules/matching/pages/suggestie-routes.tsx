// STUB (helper D1 replaces): suggestion pages.
import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
export function suggestiePages(_pages: Hono<AppEnv>) {}
