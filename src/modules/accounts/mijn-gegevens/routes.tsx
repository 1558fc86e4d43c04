import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { deleteAccountPage, deleteAccountSubmit } from './delete-page.tsx';
import { downloadMyData } from './download.ts';
import { logboekPage } from './logboek-page.tsx';
import { overviewPage, saveProfile, saveVisibility } from './overview-page.tsx';

/** "Mijn gegevens": the AVG rights of access, rectification, portability and erasure, self-service. */
export function mijnGegevensPages(pages: Hono<AppEnv>) {
  pages.get('/account/gegevens', access('account'), overviewPage);
  pages.post('/account/gegevens', access('account'), saveProfile);
  pages.post('/account/gegevens/openbaar', access('account'), saveVisibility);
  pages.get('/account/gegevens/download', access('account'), downloadMyData);
  pages.get('/account/gegevens/logboek', access('account'), logboekPage);
  pages.get('/account/verwijderen', access('account'), deleteAccountPage);
  pages.post('/account/verwijderen', access('account'), deleteAccountSubmit);
}
