import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Personal API tokens. */
export function apiTokenPages(_pages: Hono<AppEnv>) {}
