import { versionHeader } from '../../../api/openapi-helpers.ts';
import { problemSchema } from '../../../api/problem.ts';
import { etagHeader } from '../../../api/etag.ts';
import { z } from '@hono/zod-openapi';

/** The documented responses of the taxonomy API: reads with ETag and 304, writes with If-Match. */
const problem = (description: string) => ({
  description,
  headers: versionHeader,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const errors = {
  400: problem('Ongeldige invoer; invalidParams noemt elke ongeldige parameter'),
  404: problem('Niet gevonden'),
  500: problem('Onverwachte fout aan de kant van de server'),
};

export function readResponses<T extends z.ZodTypeAny>(schema: T, description: string) {
  return {
    200: { description, headers: { ...versionHeader, ...etagHeader }, content: { 'application/json': { schema } } },
    304: { description: 'Niet gewijzigd: de versie in If-None-Match is de huidige', headers: { ...versionHeader, ...etagHeader } },
    ...errors,
  };
}

export const writeErrors = {
  ...errors,
  401: problem('Geen of een ongeldig token'),
  403: problem("Geen beheerder, of het token mist de scope 'write'"),
  409: problem('In strijd met de bestaande gegevens (bijvoorbeeld een synoniem dat al bestaat)'),
  412: problem('De versie in If-Match is niet (meer) de huidige: lees de resource opnieuw'),
  428: problem('If-Match ontbreekt: stuur de ETag mee van de versie die u las'),
};

/** The success response of a write: the new state, with its new ETag. */
export function written<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, headers: { ...versionHeader, ...etagHeader }, content: { 'application/json': { schema } } };
}

export const deleteResponses = {
  204: { description: 'Verwijderd', headers: { ...versionHeader, ...etagHeader } },
  ...writeErrors,
};

/** The If-Match request header of a write (optional in the schema: a missing one is answered with 428, not 400). */
export const ifMatchSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'De ETag van de versie die u las (verplicht)', example: '"data-en-ai.3"' }),
});

export const writeSecurity = [{ persoonlijkToken: [] }];
