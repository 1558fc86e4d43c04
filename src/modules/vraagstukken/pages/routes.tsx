import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { bewerkenPage, bewerkenPost } from './bewerken.tsx';
import { bijlageDownload, bijlagenPost, bijlageVerwijderenPage, bijlageVerwijderenPost } from './bijlagen.tsx';
import { detailPage } from './detail.tsx';
import { mijnVraagstukkenPage, wachtrijPage } from './lijsten.tsx';
import { nieuwPage, nieuwPost } from './nieuw.tsx';
import { transitiePage, transitiePaden, transitiePost, type PaginaTransitie } from './transities.tsx';

/**
 * The write side of vraagstukken: posting, editing, the lifecycle steps, attachments, and the
 * lists of one's own vraagstukken and of the verbinder's queue. The list and search pages are in
 * zoeken/ (mounted before these). Resource checks (owner, verbinder of the regio) are made in the
 * handlers with policy.ts; an :id or :bijlageId that is not a uuid is 404.
 */
export function vraagstukPages(pages: Hono<AppEnv>) {
  // Before ':id', so that 'nieuw' is not taken for an id.
  pages.get('/vraagstukken/nieuw', access('account'), nieuwPage);
  pages.post('/vraagstukken/nieuw', access('account'), nieuwPost);
  pages.get('/vraagstukken/:id', access('public'), detailPage);
  pages.get('/vraagstukken/:id/bewerken', access('lid'), bewerkenPage);
  pages.post('/vraagstukken/:id/bewerken', access('lid'), bewerkenPost);

  const verbinderStappen = new Set<PaginaTransitie>(['publiceren', 'terugsturen']);
  for (const [transitie, segment] of Object.entries(transitiePaden) as [PaginaTransitie, string][]) {
    const niveau = verbinderStappen.has(transitie) ? 'verbinder' : 'lid';
    pages.get(`/vraagstukken/:id/${segment}`, access(niveau), transitiePage(transitie));
    pages.post(`/vraagstukken/:id/${segment}`, access(niveau), transitiePost(transitie));
  }

  pages.post('/vraagstukken/:id/bijlagen', access('lid'), bijlagenPost);
  pages.get('/vraagstukken/:id/bijlagen/:bijlageId', access('public'), bijlageDownload);
  pages.get('/vraagstukken/:id/bijlagen/:bijlageId/verwijderen', access('lid'), bijlageVerwijderenPage);
  pages.post('/vraagstukken/:id/bijlagen/:bijlageId/verwijderen', access('lid'), bijlageVerwijderenPost);

  pages.get('/account/vraagstukken', access('account'), mijnVraagstukkenPage);
  pages.get('/verbinder/vraagstukken', access('verbinder'), wachtrijPage);
}
