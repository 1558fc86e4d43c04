import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { lidPage, lidVerwijderenPage, lidVerwijderenPost, rolWijzigenPost } from './lid.tsx';
import { lidWordenPage, lidWordenPost } from './lid-worden.tsx';
import { ledenPage, uitnodigingVersturen } from './leden.tsx';
import { uitnodigingIntrekkenPage, uitnodigingIntrekkenPost, verzoekBeslissenPost } from './leden-acties.tsx';
import { mijnOrganisatiesPage, verlatenPage, verlatenPost, verzoekIntrekkenPost } from './mijn-organisaties.tsx';
import { uitnodigingAccepterenPost, uitnodigingPage } from './uitnodiging.tsx';

/**
 * Memberships, invitations, join requests. The 'coordinator' routes check the organisatie in the
 * path with the policy in their handler (a coordinator of another organisatie gets 403).
 */
export function lidmaatschapPages(pages: Hono<AppEnv>) {
  const leden = '/organisaties/:slug/leden';
  pages.get(leden, access('coordinator'), ledenPage);
  pages.post(`${leden}/uitnodigingen`, access('coordinator'), uitnodigingVersturen);
  pages.get(`${leden}/uitnodigingen/:id/intrekken`, access('coordinator'), uitnodigingIntrekkenPage);
  pages.post(`${leden}/uitnodigingen/:id/intrekken`, access('coordinator'), uitnodigingIntrekkenPost);
  pages.post(`${leden}/verzoeken/:id`, access('coordinator'), verzoekBeslissenPost);
  pages.get(`${leden}/:id`, access('coordinator'), lidPage);
  pages.post(`${leden}/:id/rol`, access('coordinator'), rolWijzigenPost);
  pages.get(`${leden}/:id/verwijderen`, access('coordinator'), lidVerwijderenPage);
  pages.post(`${leden}/:id/verwijderen`, access('coordinator'), lidVerwijderenPost);

  pages.get('/organisaties/:slug/lid-worden', access('account'), lidWordenPage);
  pages.post('/organisaties/:slug/lid-worden', access('account'), lidWordenPost);

  pages.get('/uitnodigingen/:token', access('public'), uitnodigingPage);
  pages.post('/uitnodigingen/:token', access('account'), uitnodigingAccepterenPost);

  pages.get('/account/organisaties', access('account'), mijnOrganisatiesPage);
  pages.get('/account/organisaties/:slug/verlaten', access('account'), verlatenPage);
  pages.post('/account/organisaties/:slug/verlaten', access('account'), verlatenPost);
  pages.post('/account/organisaties/verzoeken/:id/intrekken', access('account'), verzoekIntrekkenPost);
}
