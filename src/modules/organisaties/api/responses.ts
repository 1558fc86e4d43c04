import { versionHeader } from '../../../api/openapi-helpers.ts';
import { problemSchema } from '../../../api/problem.ts';
import { etagHeader } from '../../../api/etag.ts';

/** OpenAPI response pieces of the organisaties write operations. */
const descriptions: Record<number, string> = {
  400: 'Ongeldige invoer; invalidParams noemt elke ongeldige parameter',
  401: 'Geen of een ongeldig token',
  403: 'Niet toegestaan: alleen een coördinator van de organisatie of een beheerder, met een token met scope write',
  404: 'Niet gevonden',
  409: 'In strijd met andere gegevens (bijvoorbeeld een e-maildomein of code van een andere organisatie)',
  412: 'De versie in If-Match is niet meer de actuele: lees de resource opnieuw',
  428: 'If-Match ontbreekt: stuur de ETag van de versie die u las',
  500: 'Onverwachte fout aan de kant van de server',
};

export function problems(...codes: (keyof typeof descriptions & number)[]) {
  return Object.fromEntries(
    codes.map((code) => [code, { description: descriptions[code]!, headers: versionHeader, content: { 'application/problem+json': { schema: problemSchema } } }]),
  );
}

export const withEtag = { ...versionHeader, ...etagHeader };

export const notModified = { 304: { description: 'Niet gewijzigd sinds de versie in If-None-Match', headers: withEtag } };
