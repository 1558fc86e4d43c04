import { z } from '@hono/zod-openapi';
import { problemSchema } from './problem.ts';

export const apiVersion = '1.2.0';

/** Every response documents the API-Version header (NL API Design Rules, /core/version-header). */
export const versionHeader = {
  'API-Version': {
    description: 'De volledige versie van de API (semantic versioning)',
    schema: { type: 'string' as const, example: apiVersion },
  },
};

const problemResponse = (description: string) => ({
  description,
  headers: versionHeader,
  content: { 'application/problem+json': { schema: problemSchema } },
});

export function okResponses<T extends z.ZodTypeAny>(schema: T, description: string, options: { notFound?: boolean } = {}) {
  return {
    200: { description, headers: versionHeader, content: { 'application/json': { schema } } },
    400: problemResponse('Ongeldige invoer; invalidParams noemt elke ongeldige parameter'),
    ...(options.notFound ? { 404: problemResponse('Niet gevonden') } : {}),
    500: problemResponse('Onverwachte fout aan de kant van de server'),
  };
}

export const paginationSchema = z
  .object({
    page: z.number().int().openapi({ example: 1 }),
    pageSize: z.number().int().openapi({ example: 20 }),
    totalItems: z.number().int().openapi({ example: 92 }),
    totalPages: z.number().int().openapi({ example: 5 }),
    totalItemsIsMinimum: z.boolean().optional().openapi({
      description: 'Waar als de telling is begrensd: er zijn meer dan totalItems resultaten (verfijn de zoekopdracht); next blijft werken',
    }),
  })
  .openapi('Pagination');

export const pageLinksSchema = z
  .object({
    self: z.string(),
    first: z.string(),
    last: z.string(),
    prev: z.string().optional(),
    next: z.string().optional(),
  })
  .openapi('PageLinks', { description: 'Links (relatieve URL\'s) naar deze, de eerste, vorige, volgende en laatste pagina' });

/** A paginated collection: `data`, `pagination` and `links`. */
export function pageOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ data: z.array(item), pagination: paginationSchema, links: pageLinksSchema }).openapi(name);
}

/**
 * `minimum`: the count was capped (search lists count up to 1,000), so there may be more pages than
 * totalPages says; `next` is then given whenever this page is full.
 */
export function pageEnvelope<T>(url: string, items: T[], page: number, pageSize: number, totalItems: number, options: { minimum?: boolean } = {}) {
  const minimum = options.minimum === true;
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize), minimum ? page : 1);
  const at = (p: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('pageSize', String(pageSize));
    return u.pathname + u.search;
  };
  return {
    data: items,
    pagination: { page, pageSize, totalItems, totalPages, ...(minimum ? { totalItemsIsMinimum: true } : {}) },
    links: {
      self: at(page),
      first: at(1),
      last: at(totalPages),
      ...(page > 1 ? { prev: at(Math.min(page - 1, totalPages)) } : {}),
      ...(page < totalPages || (minimum && items.length === pageSize) ? { next: at(page + 1) } : {}),
    },
  };
}
