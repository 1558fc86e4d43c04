import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

export function vraagstukZoekPages(pages: Hono<AppEnv>) {
  void pages;
}
