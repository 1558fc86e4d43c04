import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Mijn gegevens (AVG). */
export function mijnGegevensPages(_pages: Hono<AppEnv>) {}
