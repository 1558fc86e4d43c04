import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { auditLogPage } from './audit-page.tsx';

/** Audit log browsing: the beheerder's view of every write. A person's own entries live under /account/gegevens. */
export function auditPages(pages: Hono<AppEnv>) {
  pages.get('/beheer/audit', access('beheerder'), auditLogPage);
}
