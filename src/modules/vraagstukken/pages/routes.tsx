import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

export function vraagstukPages(pages: Hono<AppEnv>) {
  void pages;
}
