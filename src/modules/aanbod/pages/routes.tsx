import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { bewerkenPage, bewerkenPost } from './bewerken.tsx';
import { detailPage } from './detail.tsx';
import { mijnAanbodPage } from './mijn-aanbod.tsx';
import { nieuwPage, nieuwPost } from './nieuw.tsx';
import { statusPage, statusPost, type Handeling } from './status.tsx';

/**
 * Aanbod pages: posting (any logged-in person; the command checks the organisatie), the public
 * detail page, and the owner's pages. The list and search at /aanbod are the zoeken pages, mounted
 * before these. ':id' is a uuid; anything else is 404 (so '/aanbod/nieuw' is never an id).
 */
export function aanbodPages(pages: Hono<AppEnv>) {
  pages.get('/aanbod/nieuw', access('account'), nieuwPage);
  pages.post('/aanbod/nieuw', access('account'), nieuwPost);
  pages.get('/account/aanbod', access('account'), mijnAanbodPage);
  pages.get('/aanbod/:id', access('public'), detailPage);
  pages.get('/aanbod/:id/bewerken', access('account'), bewerkenPage);
  pages.post('/aanbod/:id/bewerken', access('account'), bewerkenPost);
  for (const h of ['publiceren', 'archiveren', 'verwijderen'] satisfies Handeling[]) {
    pages.get(`/aanbod/:id/${h}`, access('account'), statusPage(h));
    pages.post(`/aanbod/:id/${h}`, access('account'), statusPost(h));
  }
}
