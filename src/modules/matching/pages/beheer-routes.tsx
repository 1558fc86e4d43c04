import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { algoritmePagina } from './algoritme-pagina.tsx';
import { beheerMatchingPagina, beheerMatchingPost } from './beheer-matching.tsx';

/** /beheer/matching: the weights with a preview (beheerders only); /algoritme: the public description of the algorithm. */
export function matchingBeheerPages(pages: Hono<AppEnv>) {
  const beheerder = access('beheerder');
  pages.get('/beheer/matching', beheerder, beheerMatchingPagina);
  pages.post('/beheer/matching', beheerder, beheerMatchingPost);
  pages.get('/algoritme', access('public'), algoritmePagina);
}
