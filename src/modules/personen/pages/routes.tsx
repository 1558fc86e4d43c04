import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { personDetailPage } from './detail.tsx';
import { personenListPage } from './list.tsx';
import { profielPage, profielSubmit } from './profiel-page.tsx';

export function personenPages(pages: Hono<AppEnv>) {
  pages.get('/personen', access('public'), personenListPage);
  pages.get('/personen/:accountId', access('public'), personDetailPage);
  pages.get('/account/profiel', access('account'), profielPage);
  pages.post('/account/profiel', access('account'), profielSubmit);
}
