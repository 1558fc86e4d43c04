import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { organisatieDetailPage } from './detail.tsx';
import { organisatieListPage } from './list.tsx';

export function organisatiePages(pages: Hono<AppEnv>) {
  pages.get('/organisaties', access('public'), organisatieListPage);
  pages.get('/organisaties/:slug', access('public'), organisatieDetailPage);
}
