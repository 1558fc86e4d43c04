import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { actiePage, actiePost, koppelingActies } from './acties.tsx';
import { detailPage } from './detail.tsx';
import { mijnPage, voorVraagstukPage } from './lijsten.tsx';
import { nieuwPage, nieuwPost } from './nieuw.tsx';

/**
 * Koppelingen: a vraagstuk and a candidate brought together. Who may read or act depends on the
 * vraagstuk (its owners, the verbinder of its regio) and on the candidate (its people): the handlers
 * check it with policy.ts and answer 404 to everyone else (a koppeling is nobody else's business,
 * not even that it exists). '/koppelingen/nieuw' is registered before '/koppelingen/:id'.
 */
export function koppelingPages(pages: Hono<AppEnv>) {
  pages.get('/koppelingen/nieuw', access('account'), nieuwPage);
  pages.post('/koppelingen/nieuw', access('account'), nieuwPost);
  pages.get('/account/koppelingen', access('account'), mijnPage);
  pages.get('/vraagstukken/:id/koppelingen', access('account'), voorVraagstukPage);
  pages.get('/koppelingen/:id', access('account'), detailPage);
  for (const actie of koppelingActies) {
    pages.get(`/koppelingen/:id/${actie}`, access('account'), actiePage(actie));
    pages.post(`/koppelingen/:id/${actie}`, access('account'), actiePost(actie));
  }
}
