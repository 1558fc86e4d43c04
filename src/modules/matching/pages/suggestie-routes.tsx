import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { passendeVraagstukkenPage } from './passende-vraagstukken.tsx';
import { aanbodHerberekenenPost, aanbodSuggestiesPage } from './suggesties-aanbod.tsx';
import { vraagstukHerberekenenPost, vraagstukSuggestiesPage } from './suggesties-vraagstuk.tsx';

/**
 * The suggestion pages. Who may see a vraagstuk's or an aanbod item's suggestions depends on the
 * resource (owners, the verbinder of the regio, editors of the aanbod, beheerders): the handlers
 * check it and answer 404 to everyone else, so the gate only asks for a logged-in person.
 * Recomputing writes only derived data (the stored suggestions), for the same people who may read them.
 */
export function suggestiePages(pages: Hono<AppEnv>) {
  pages.get('/vraagstukken/:id/suggesties', access('account'), vraagstukSuggestiesPage);
  pages.post('/vraagstukken/:id/suggesties/herberekenen', access('account'), vraagstukHerberekenenPost);
  pages.get('/aanbod/:id/suggesties', access('account'), aanbodSuggestiesPage);
  pages.post('/aanbod/:id/suggesties/herberekenen', access('account'), aanbodHerberekenenPost);
  pages.get('/account/passende-vraagstukken', access('account'), passendeVraagstukkenPage);
}
