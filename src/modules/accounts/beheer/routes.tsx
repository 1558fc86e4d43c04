import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { accountPage, rolIntrekkenPage, rolIntrekkenPost, rolToekennenPost } from './account-page.tsx';
import { accountsPage } from './accounts-page.tsx';

/** Beheer: accounts and platform roles (beheerders only; the handlers ask the beheer policy as well). */
export function beheerPages(pages: Hono<AppEnv>) {
  pages.get('/beheer/accounts', access('beheerder'), accountsPage);
  pages.get('/beheer/accounts/:accountId', access('beheerder'), accountPage);
  pages.post('/beheer/accounts/:accountId/rollen', access('beheerder'), rolToekennenPost);
  pages.get('/beheer/accounts/:accountId/rollen/:id/intrekken', access('beheerder'), rolIntrekkenPage);
  pages.post('/beheer/accounts/:accountId/rollen/:id/intrekken', access('beheerder'), rolIntrekkenPost);
}
