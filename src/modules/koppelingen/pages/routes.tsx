// STUB (helper C replaces): koppeling pages.
import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
export function koppelingPages(_pages: Hono<AppEnv>) {}
