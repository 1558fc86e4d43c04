import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { tokenIntrekkenPage, tokenIntrekkenPost, tokenMakenPost, tokensPage } from './tokens-page.tsx';

/** Personal API tokens: a person's own, made and revoked on the web (with a session), used on /api/v1. */
export function apiTokenPages(pages: Hono<AppEnv>) {
  pages.get('/account/api-tokens', access('account'), tokensPage);
  pages.post('/account/api-tokens', access('account'), tokenMakenPost);
  pages.get('/account/api-tokens/:id/intrekken', access('account'), tokenIntrekkenPage);
  pages.post('/account/api-tokens/:id/intrekken', access('account'), tokenIntrekkenPost);
}
