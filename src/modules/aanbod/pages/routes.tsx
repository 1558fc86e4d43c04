import type { Hono } from 'hono';
import type { AppEnv } from '../../../web/context.ts';

export function aanbodPages(pages: Hono<AppEnv>) {
  void pages;
}
