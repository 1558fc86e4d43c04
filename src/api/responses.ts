import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ValidationError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n.ts';
import { etagHeader } from './etag.ts';
import { versionHeader } from './openapi-helpers.ts';
import { problemSchema } from './problem.ts';

/**
 * OpenAPI response pieces shared by the API modules (vraagstukken, aanbod, belangstellingen): the
 * problem responses per status code, JSON and 304 responses with their headers, the If-Match
 * header, and the language of texts the API writes itself.
 */
const standaard = {
  400: 'Ongeldige invoer; invalidParams noemt elke ongeldige parameter (reason is een vertaalsleutel)',
  401: 'Geen of een ongeldig token',
  403: 'Niet toegestaan voor dit account, of het token mist de scope write',
  404: 'Niet gevonden, of niet zichtbaar voor dit account',
  409: 'Niet mogelijk in de huidige status',
  412: 'De versie in If-Match is niet meer de actuele: lees de resource opnieuw',
  428: 'If-Match ontbreekt: stuur de ETag van de versie die u las',
  500: 'Onverwachte fout aan de kant van de server',
} as const;
type Code = keyof typeof standaard;
type ProblemResponse = { description: string; headers: typeof versionHeader; content: { 'application/problem+json': { schema: typeof problemSchema } } };

/** `problems(400, 404, ...)` for a module, with its own wording where the standard one is too general. */
export function problemResponses(eigen: Partial<Record<Code, string>> = {}) {
  return (...codes: Code[]) =>
    Object.fromEntries(
      codes.map((code) => [code, { description: eigen[code] ?? standaard[code], headers: versionHeader, content: { 'application/problem+json': { schema: problemSchema } } }]),
    ) as Record<Code, ProblemResponse>;
}

export const withEtag = { ...versionHeader, ...etagHeader };
export const notModified = { 304: { description: 'Niet gewijzigd sinds de versie in If-None-Match', headers: withEtag } };

type Headers = Record<string, { description: string; schema: { type: 'string'; example?: string } }>;
export const json = <T extends z.ZodTypeAny, H extends Headers = typeof versionHeader>(schema: T, description: string, headers?: H) => ({
  description,
  headers: (headers ?? versionHeader) as H,
  content: { 'application/json': { schema } },
});

export const ifMatchHeader = z.object({
  // Optional here: a missing one is answered with 428 (requireIfMatch), not 400.
  'if-match': z.string().max(500).optional().openapi({ description: 'If-Match: de ETag van de versie die u las (verplicht)', example: '"2f1c8e0a-5b7d-4c1e-9a3f-0d6b8e4a7c21.3"' }),
});

/** Refusals of a command that need the data, as a 400 like zod's: the field and the i18n key. */
export function throwFieldErrors(fouten: { veld: string; key: string; soort: string }[]): never {
  throw new ValidationError(
    fouten.map((f) => ({ name: f.veld, reason: f.key, code: f.soort })),
    'One or more fields are invalid',
  );
}

/**
 * The language of texts the API writes itself (snippets, the vormenwijzer's reasons): the first of
 * nl and en in Accept-Language, Dutch by default. Content written by people comes in both languages.
 */
export function apiLocale(c: Context): Locale {
  const header = c.req.header('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: (tag ?? '').split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.tag === 'nl' || r.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'en' ? 'en' : 'nl';
}
