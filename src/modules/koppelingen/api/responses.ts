import { z } from '@hono/zod-openapi';
import { problemResponses } from '../../../api/responses.ts';

export { apiLocale, ifMatchHeader, json, notModified, throwFieldErrors as throwVeldFouten, withEtag } from '../../../api/responses.ts';

/** OpenAPI response pieces of the koppelingen operations (shared ones: src/api/responses.ts). */
export const problems = problemResponses({
  404: 'Niet gevonden: de koppeling (of het vraagstuk) bestaat niet of is niet zichtbaar voor dit account',
  409: 'Niet mogelijk in de huidige status, of er is al een lopende koppeling voor dit paar',
});

export const idParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'De id van de koppeling', example: '7c4d2b1a-0e9f-4a3b-8c6d-5e4f3a2b1c0d' }),
});
