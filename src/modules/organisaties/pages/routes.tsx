import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { organisatieDetailPage } from './detail.tsx';
import { organisatieListPage } from './list.tsx';

export function organisatiePages(pages: Hono<AppEnv>) {
  pages.get('/organisaties', organisatieListPage);
  pages.get('/organisaties/:slug', organisatieDetailPage);
}
