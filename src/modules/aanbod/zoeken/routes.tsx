import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { parseQueryFilter } from '../../../web/query-filter.ts';
import { aanbodFilterSchema, aanbodFilterVelden } from './filter.schema.ts';
import { aanbodLijstPage, aanbodZoekopdracht } from './list-page.tsx';

/** Finding aanbod: the public list of published aanbod with search and filters. */
export function aanbodZoekPages(pages: Hono<AppEnv>) {
  pages.get('/aanbod', access('public'), aanbodLijstPage);
}

/**
 * A saved search of the aanbod list, normalised: parsed by the filter schema and written back the
 * one way, without page; undefined when it does not parse. Used by the saved searches (vraagstukken
 * module), which may only reach this module through its index: hence a property of the exported
 * route function until index.ts exports it by name.
 */
aanbodZoekPages.normaliseer = (query: Record<string, string[]>): string | undefined => {
  const { filter, invalid } = parseQueryFilter(aanbodFilterSchema, query, aanbodFilterVelden);
  return invalid.size > 0 ? undefined : aanbodZoekopdracht(filter);
};
