import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { beantwoordenPage, beantwoordenPost } from './beantwoorden.tsx';
import { detailPage } from './detail.tsx';
import { intrekkenPage, intrekkenPost } from './intrekken.tsx';
import { mijnPage } from './mijn.tsx';
import { tonenPage, tonenPost } from './tonen.tsx';
import { voorVraagstukPage } from './voor-vraagstuk.tsx';

/**
 * Interest in a vraagstuk. Who may read or answer one interest depends on the vraagstuk (its owners,
 * its beoordelaars) and on the person who signalled it: the handlers check it with policy.ts, and
 * answer 404 to everyone else (an interest is nobody else's business, not even that it exists).
 */
export function belangstellingPages(pages: Hono<AppEnv>) {
  pages.get('/vraagstukken/:id/belangstelling', access('account'), tonenPage);
  pages.post('/vraagstukken/:id/belangstelling', access('account'), tonenPost);
  pages.get('/vraagstukken/:id/belangstellingen', access('lid'), voorVraagstukPage);

  pages.get('/account/belangstellingen', access('account'), mijnPage);

  pages.get('/belangstellingen/:id', access('account'), detailPage);
  pages.get('/belangstellingen/:id/beantwoorden', access('account'), beantwoordenPage);
  pages.post('/belangstellingen/:id/beantwoorden', access('account'), beantwoordenPost);
  pages.get('/belangstellingen/:id/intrekken', access('account'), intrekkenPage);
  pages.post('/belangstellingen/:id/intrekken', access('account'), intrekkenPost);
}
