import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { provinciePost, regioPost, regiosPage } from './regios.tsx';
import { samenwerkingsvormenPage, samenwerkingsvormPage, samenwerkingsvormPost } from './samenwerkingsvormen.tsx';
import { synoniemVerwijderenPage, synoniemVerwijderenPost } from './synoniem-verwijderen.tsx';
import { synoniemToevoegenPost, themaBewerkenPage, themaBewerkenPost } from './thema-bewerken.tsx';
import { themaToevoegenPost, themasBeheerPage } from './themas-beheer.tsx';
import { themasPubliekPage } from './themas-publiek.tsx';

/** The public theme list, and the beheer of themes, samenwerkingsvormen and regios (beheerders only). */
export function taxonomiePages(pages: Hono<AppEnv>) {
  pages.get('/themas', access('public'), themasPubliekPage);

  const beheerder = access('beheerder');
  pages.get('/beheer/themas', beheerder, themasBeheerPage);
  pages.post('/beheer/themas', beheerder, themaToevoegenPost);
  pages.get('/beheer/themas/:code', beheerder, themaBewerkenPage);
  pages.post('/beheer/themas/:code', beheerder, themaBewerkenPost);
  pages.post('/beheer/themas/:code/synoniemen', beheerder, synoniemToevoegenPost);
  pages.get('/beheer/themas/:code/synoniemen/:id/verwijderen', beheerder, synoniemVerwijderenPage);
  pages.post('/beheer/themas/:code/synoniemen/:id/verwijderen', beheerder, synoniemVerwijderenPost);

  pages.get('/beheer/samenwerkingsvormen', beheerder, samenwerkingsvormenPage);
  pages.get('/beheer/samenwerkingsvormen/:code', beheerder, samenwerkingsvormPage);
  pages.post('/beheer/samenwerkingsvormen/:code', beheerder, samenwerkingsvormPost);

  pages.get('/beheer/regios', beheerder, regiosPage);
  // Before /beheer/regios/:code, so that 'provincies' is not taken for a regio code.
  pages.post('/beheer/regios/provincies', beheerder, provinciePost);
  pages.post('/beheer/regios/:code', beheerder, regioPost);
}
