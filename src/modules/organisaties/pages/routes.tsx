import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { bewerkenPage, bewerkenPost } from './bewerken.tsx';
import { organisatieDetailPage } from './detail.tsx';
import { organisatieListPage } from './list.tsx';
import { logoGet, logoPost, logoVerwijderenPage, logoVerwijderenPost } from './logo.tsx';
import { onderdeelBewerkenPage, onderdeelBewerkenPost, onderdeelNieuwPage, onderdeelNieuwPost } from './onderdeel-form.tsx';
import { onderdeelVerwijderenPage, onderdeelVerwijderenPost } from './onderdeel-verwijderen.tsx';
import { onderdeelPage, onderdelenPage } from './onderdelen.tsx';
import { samenvoegenPage, samenvoegenPost } from './samenvoegen.tsx';

/**
 * Organisations and their onderdelen. The 'coordinator' routes check the organisatie in the path
 * with the policy in their handler (a coordinator of another organisatie gets 403). The onderdeel
 * in the path is `:onderdeel`, its slug within the organisatie.
 */
export function organisatiePages(pages: Hono<AppEnv>) {
  pages.get('/organisaties', access('public'), organisatieListPage);
  pages.get('/organisaties/:slug', access('public'), organisatieDetailPage);
  pages.get('/organisaties/:slug/bewerken', access('coordinator'), bewerkenPage);
  pages.post('/organisaties/:slug/bewerken', access('coordinator'), bewerkenPost);

  pages.get('/organisaties/:slug/logo', access('public'), logoGet);
  pages.post('/organisaties/:slug/logo', access('coordinator'), logoPost);
  pages.get('/organisaties/:slug/logo/verwijderen', access('coordinator'), logoVerwijderenPage);
  pages.post('/organisaties/:slug/logo/verwijderen', access('coordinator'), logoVerwijderenPost);

  const onderdelen = '/organisaties/:slug/onderdelen';
  pages.get(onderdelen, access('public'), onderdelenPage);
  // Before ':onderdeel': 'nieuw' is a reserved slug.
  pages.get(`${onderdelen}/nieuw`, access('coordinator'), onderdeelNieuwPage);
  pages.post(`${onderdelen}/nieuw`, access('coordinator'), onderdeelNieuwPost);
  pages.get(`${onderdelen}/:onderdeel`, access('public'), onderdeelPage);
  pages.get(`${onderdelen}/:onderdeel/bewerken`, access('coordinator'), onderdeelBewerkenPage);
  pages.post(`${onderdelen}/:onderdeel/bewerken`, access('coordinator'), onderdeelBewerkenPost);
  pages.get(`${onderdelen}/:onderdeel/verwijderen`, access('coordinator'), onderdeelVerwijderenPage);
  pages.post(`${onderdelen}/:onderdeel/verwijderen`, access('coordinator'), onderdeelVerwijderenPost);

  pages.get('/beheer/organisaties/samenvoegen', access('beheerder'), samenvoegenPage);
  pages.post('/beheer/organisaties/samenvoegen', access('beheerder'), samenvoegenPost);
}
