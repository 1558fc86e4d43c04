// STUB (helper D2 replaces): /beheer/matching and /algoritme.
import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
export function matchingBeheerPages(_pages: Hono<AppEnv>) {}
