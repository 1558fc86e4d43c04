import { z } from '@hono/zod-openapi';
import { etagHeader } from '../../../api/etag.ts';
import { versionHeader } from '../../../api/openapi-helpers.ts';
import { problemSchema } from '../../../api/problem.ts';
import { ValidationError } from '../../../platform/errors.ts';

/** OpenAPI response pieces of the belangstellingen operations. */
const descriptions = {
  400: 'Ongeldige invoer; invalidParams noemt elke ongeldige parameter (reason is een vertaalsleutel)',
  401: 'Geen of een ongeldig token',
  403: 'Niet toegestaan voor dit account, of het token mist de scope write',
  404: 'Niet gevonden, of niet zichtbaar voor dit account',
  409: 'Niet mogelijk in de huidige status',
  412: 'De versie in If-Match is niet meer de actuele: lees de resource opnieuw',
  428: 'If-Match ontbreekt: stuur de ETag van de versie die u las',
  500: 'Onverwachte fout aan de kant van de server',
} as const;
type Code = keyof typeof descriptions;

export function problems(...codes: Code[]) {
  return Object.fromEntries(
    codes.map((code) => [code, { description: descriptions[code], headers: versionHeader, content: { 'application/problem+json': { schema: problemSchema } } }]),
  ) as Record<Code, { description: string; headers: typeof versionHeader; content: { 'application/problem+json': { schema: typeof problemSchema } } }>;
}

export const withEtag = { ...versionHeader, ...etagHeader };
export const notModified = { 304: { description: 'Niet gewijzigd sinds de versie in If-None-Match', headers: withEtag } };

type Headers = Record<string, { description: string; schema: { type: 'string'; example?: string } }>;
export const json = <T extends z.ZodTypeAny, H extends Headers = typeof versionHeader>(schema: T, description: string, headers?: H) => ({
  description,
  headers: (headers ?? versionHeader) as H,
  content: { 'application/json': { schema } },
});

export const idParams = (what: string) =>
  z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: `De id van ${what}`, example: '7c4d2b1a-0e9f-4a3b-8c6d-5e4f3a2b1c0d' }) });

export const ifMatchHeader = z.object({
  // Optional here: a missing one is answered with 428 (requireIfMatch), not 400.
  'if-match': z.string().max(500).optional().openapi({ description: 'If-Match: de ETag van de versie die u las (verplicht)' }),
});

/** Refusals of a command that need the data, as a 400 like zod's: the field and the i18n key. */
export function throwVeldFouten(fouten: { veld: string; key: string; soort: string }[]): never {
  throw new ValidationError(
    fouten.map((f) => ({ name: f.veld, reason: f.key, code: f.soort })),
    'One or more fields are invalid',
  );
}
