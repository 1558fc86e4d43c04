import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

/** Register, verify, log in (with second factor), log out, reset and change password and e-mail. */
export function accountPages(_pages: Hono<AppEnv>) {}
