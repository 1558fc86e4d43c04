import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { werkbankPage } from './pagina.tsx';

/**
 * The verbinder's workbench. It names no resource: every verbinder opens it for their own regio(s)
 * and a beheerder for any regio; the handler refuses everyone else (403).
 */
export function werkbankPages(pages: Hono<AppEnv>) {
  pages.get('/verbinder/werkbank', access('verbinder'), werkbankPage);
}
