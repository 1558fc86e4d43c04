// STUB (helper D1 replaces): the verbinder's workbench.
import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
export function werkbankPages(_pages: Hono<AppEnv>) {}
