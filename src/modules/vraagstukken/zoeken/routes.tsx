import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { atomFeed, deadlinesIcs, rssFeed } from './feeds.ts';
import { vraagstukkenLijstPage } from './list-page.tsx';
import { zoekopdrachtBewarenPost, zoekopdrachtenPage, zoekopdrachtVerwijderenPage, zoekopdrachtVerwijderenPost } from './zoekopdrachten.tsx';

/**
 * Finding vraagstukken: the public list with search and filters, its feeds, and the saved searches
 * of both lists (vraagstukken and aanbod). Mounted before the other vraagstuk pages, so that
 * /vraagstukken/feeds/... is not taken for a vraagstuk id.
 */
export function vraagstukZoekPages(pages: Hono<AppEnv>) {
  pages.get('/vraagstukken', access('public'), vraagstukkenLijstPage);
  pages.get('/vraagstukken/feeds/atom', access('public'), atomFeed);
  pages.get('/vraagstukken/feeds/rss', access('public'), rssFeed);
  pages.get('/vraagstukken/feeds/deadlines.ics', access('public'), deadlinesIcs);
  pages.get('/account/zoekopdrachten', access('account'), zoekopdrachtenPage);
  pages.post('/account/zoekopdrachten', access('account'), zoekopdrachtBewarenPost);
  pages.get('/account/zoekopdrachten/:id/verwijderen', access('account'), zoekopdrachtVerwijderenPage);
  pages.post('/account/zoekopdrachten/:id/verwijderen', access('account'), zoekopdrachtVerwijderenPost);
}
